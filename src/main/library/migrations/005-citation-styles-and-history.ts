import type { Database } from 'better-sqlite3';

/**
 * Citation styles become three (Bluebook, federal court practice, EOIR): what the app wrote as
 * "bluebook" until now ("Matter of …", "BIA") is federal court practice, so those briefs keep
 * reading as they did. Authorities gain subsequent history, a docket number and an exact date
 * (Westlaw and Lexis cites, the Federal Register), and the search index reads the first two.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE briefs ADD COLUMN style TEXT NOT NULL DEFAULT 'federal'
      CHECK (style IN ('bluebook', 'federal', 'eoir'));
    UPDATE briefs SET style = CASE citation_style WHEN 'eoir' THEN 'eoir' ELSE 'federal' END;
    ALTER TABLE briefs DROP COLUMN citation_style;
    ALTER TABLE briefs RENAME COLUMN style TO citation_style;

    ALTER TABLE authorities ADD COLUMN history TEXT NOT NULL DEFAULT '';
    ALTER TABLE authorities ADD COLUMN docket TEXT NOT NULL DEFAULT '';
    ALTER TABLE authorities ADD COLUMN date TEXT NOT NULL DEFAULT ''
      CHECK (date = '' OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

    DROP TRIGGER authorities_ai;
    DROP TRIGGER authorities_au;
    CREATE TRIGGER authorities_ai AFTER INSERT ON authorities BEGIN
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), concat_ws(' ', new.volume, new.reporter, new.first_page, new.court, new.year, new.docket, new.parenthetical, new.history, new.notes), 'typeauthority kind' || new.kind);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), 'typeauthority kind' || new.kind);
    END;
    CREATE TRIGGER authorities_au AFTER UPDATE ON authorities BEGIN
      DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
      DELETE FROM search_titles WHERE rowid = old.id * 4 + 1;
      INSERT INTO search_index(rowid, title, body, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), concat_ws(' ', new.volume, new.reporter, new.first_page, new.court, new.year, new.docket, new.parenthetical, new.history, new.notes), 'typeauthority kind' || new.kind);
      INSERT INTO search_titles(rowid, title, tags) VALUES (new.id * 4 + 1, concat_ws(' ', new.name, new.short_name, new.title, new.code, new.section), 'typeauthority kind' || new.kind);
    END;
  `);
}
