import type { Database } from 'better-sqlite3';
import { parseRecordCite, RECORD_KINDS } from '../../../shared/brief/record-cites';

/**
 * A fact's record cite becomes a reference (which record, which pages) that prints in each
 * brief's court style and that a page map can re-paginate. The text column stays as it was: a
 * cite read as a reference keeps it as typed, and one that is not a record page (a docket entry,
 * a transcript) stays text, shown as such.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE facts ADD COLUMN record_kind TEXT
      CHECK (record_kind IS NULL OR record_kind IN (${RECORD_KINDS.map((kind) => `'${kind}'`).join(', ')}));
    ALTER TABLE facts ADD COLUMN record_pages TEXT
      CHECK ((record_kind IS NULL) = (record_pages IS NULL)
        AND (record_pages IS NULL OR (json_valid(record_pages) AND json_type(record_pages) = 'array')));
  `);
  const facts = db
    .prepare<[], { id: number; record_cite: string }>(
      "SELECT id, record_cite FROM facts WHERE record_cite <> ''",
    )
    .all();
  const update = db.prepare<[{ id: number; kind: string; pages: string }]>(
    'UPDATE facts SET record_kind = @kind, record_pages = @pages WHERE id = @id',
  );
  for (const fact of facts) {
    const ref = parseRecordCite(fact.record_cite);
    if (ref) update.run({ id: fact.id, kind: ref.record, pages: JSON.stringify(ref.pages) });
  }
}
