import type { z } from 'zod';
import { citedAuthorityIds, documentBlocks } from '../../shared/brief/editor-json';
import {
  ConfidentialIdentifier,
  MatterFields,
  type Matter,
  type SampleRemoval,
} from '../../shared/library';
import { plural } from '../../shared/words';
import { AppError, notFound } from '../errors';
import { now } from './clock';
import type { Db } from './database';

interface MatterRow {
  id: number;
  name: string;
  court: string;
  docket: string;
  notes: string;
  confidential_identifiers: string;
  archived_at: string | null;
  sample: number;
  briefs: number;
  facts: number;
  snippets: number;
}

function matterFromRow(row: MatterRow): Matter {
  return {
    id: row.id,
    name: row.name,
    court: row.court,
    docket: row.docket,
    notes: row.notes,
    confidential: ConfidentialIdentifier.array().parse(JSON.parse(row.confidential_identifiers)),
    archivedAt: row.archived_at,
    sample: row.sample === 1,
    counts: { briefs: row.briefs, facts: row.facts, snippets: row.snippets },
  };
}

export function createMatterStore(db: Db) {
  const selectMatters = `
    SELECT m.id, m.name, m.court, m.docket, m.notes, m.confidential_identifiers, m.archived_at,
      m.sample,
      (SELECT count(*) FROM briefs b WHERE b.matter_id = m.id AND b.deleted_at IS NULL) AS briefs,
      (SELECT count(*) FROM facts f WHERE f.matter_id = m.id) AS facts,
      (SELECT count(*) FROM snippets s WHERE s.matter_id = m.id) AS snippets
    FROM matters m`;
  const list = db.prepare<[], MatterRow>(`${selectMatters} ORDER BY m.name COLLATE NOCASE, m.id`);
  const get = db.prepare<[number], MatterRow>(`${selectMatters} WHERE m.id = ?`);
  const insert = db.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO matters (name, court, docket, notes, confidential_identifiers, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare<[string, string, string, string, string, string, number]>(
    `UPDATE matters SET name = ?, court = ?, docket = ?, notes = ?, confidential_identifiers = ?,
       updated_at = ? WHERE id = ?`,
  );
  const archive = db.prepare<[string | null, string, number]>(
    'UPDATE matters SET archived_at = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM matters WHERE id = ?');

  function getMatter(id: number): Matter {
    const row = get.get(id);
    if (!row) throw notFound('Matter', id);
    return matterFromRow(row);
  }

  return {
    list: (): Matter[] => list.all().map(matterFromRow),
    get: getMatter,
    create(input: z.input<typeof MatterFields>): Matter {
      const fields = MatterFields.parse(input);
      const at = now();
      const identifiers = JSON.stringify(fields.confidential);
      const info = insert.run(
        fields.name,
        fields.court,
        fields.docket,
        fields.notes,
        identifiers,
        at,
        at,
      );
      return getMatter(Number(info.lastInsertRowid));
    },
    update(id: number, input: z.input<typeof MatterFields>): Matter {
      const fields = MatterFields.parse(input);
      const identifiers = JSON.stringify(fields.confidential);
      const info = update.run(
        fields.name,
        fields.court,
        fields.docket,
        fields.notes,
        identifiers,
        now(),
        id,
      );
      if (info.changes === 0) throw notFound('Matter', id);
      return getMatter(id);
    },
    /** An archived matter keeps everything; it leaves the pickers and the default lists. */
    setArchived(id: number, archived: boolean): Matter {
      const at = now();
      if (archive.run(archived ? at : null, at, id).changes === 0) throw notFound('Matter', id);
      return getMatter(id);
    },
    /**
     * Deletes an empty matter. One that still holds briefs or facts is refused, saying what it
     * holds; its snippets go to General, and briefs in the trash lose only their matter.
     */
    delete(id: number): void {
      const matter = getMatter(id);
      const held = [
        matter.counts.briefs && plural(matter.counts.briefs, 'brief'),
        matter.counts.facts && plural(matter.counts.facts, 'fact'),
      ].filter(Boolean);
      if (held.length > 0) {
        throw new AppError(
          'conflict',
          `“${matter.name}” still holds ${held.join(' and ')}. Move or delete them first, or archive the matter instead.`,
        );
      }
      remove.run(id);
    },
    /** How many of this matter's briefs are in the trash (they stay there without it). */
    removeSample: db.transaction((): SampleRemoval => removeSample(db)),
  };
}

/**
 * Removes the demo matter and what was seeded with it. What the user added to it moves to
 * General; a sample authority the user's own briefs or snippets cite, or that the user edited,
 * stays in the library as theirs.
 */
function removeSample(db: Db): SampleRemoval {
  const matterIds = db
    .prepare<[], { id: number }>('SELECT id FROM matters WHERE sample = 1')
    .all()
    .map((row) => row.id);
  const inSample = `matter_id IN (SELECT id FROM matters WHERE sample = 1)`;
  const moved = ['briefs', 'facts', 'snippets'].reduce(
    (count, table) =>
      count +
      db.prepare(`UPDATE ${table} SET matter_id = NULL WHERE ${inSample} AND sample = 0`).run()
        .changes,
    0,
  );
  const removed = {
    briefs: db.prepare('DELETE FROM briefs WHERE sample = 1').run().changes,
    facts: db.prepare('DELETE FROM facts WHERE sample = 1').run().changes,
    snippets: db.prepare('DELETE FROM snippets WHERE sample = 1').run().changes,
    authorities: 0,
    matters: 0,
  };

  const citedByUser = new Set(
    db
      .prepare<[], { authority_id: number }>('SELECT authority_id FROM brief_citations')
      .all()
      .map((row) => row.authority_id),
  );
  for (const { content } of db
    .prepare<[], { content: string }>('SELECT content FROM snippets')
    .all())
    for (const id of citedAuthorityIds(documentBlocks(content))) citedByUser.add(id);
  const sampleAuthorities = db
    .prepare<[], { id: number; edited: number }>(
      'SELECT id, updated_at > created_at AS edited FROM authorities WHERE sample = 1',
    )
    .all();
  const deleteAuthority = db.prepare<[number]>('DELETE FROM authorities WHERE id = ?');
  const adopt = db.prepare<[number]>('UPDATE authorities SET sample = 0 WHERE id = ?');
  let authoritiesKept = 0;
  for (const { id, edited } of sampleAuthorities) {
    if (edited || citedByUser.has(id)) {
      adopt.run(id);
      authoritiesKept += 1;
    } else {
      removed.authorities += deleteAuthority.run(id).changes;
    }
  }
  for (const id of matterIds)
    removed.matters += db.prepare('DELETE FROM matters WHERE id = ?').run(id).changes;
  return { removed, movedToGeneral: moved, authoritiesKept };
}
