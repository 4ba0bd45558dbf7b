import { AuthorityFields, type Authority } from '../../shared/library';
import { ACT_CODE_TITLE, actSectionOf } from '../../shared/citations/ina';
import type { AuthorityKey } from '../../shared/citations/to-authority';
import { AppError } from '../errors';
import type { Db } from './database';
import { createRecordStore } from './record-store';

interface AuthorityRow {
  id: number;
  kind: Authority['kind'];
  name: string;
  short_name: string;
  volume: string;
  reporter: string;
  first_page: string;
  court: string;
  year: number | null;
  title: string;
  code: string;
  section: string;
  parenthetical: string;
  history: string;
  docket: string;
  date: string;
  notes: string;
  treatment_note: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: AuthorityRow): Authority {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    shortName: row.short_name,
    volume: row.volume,
    reporter: row.reporter,
    firstPage: row.first_page,
    court: row.court,
    year: row.year,
    title: row.title,
    code: row.code,
    section: row.section,
    parenthetical: row.parenthetical,
    history: row.history,
    docket: row.docket,
    date: row.date,
    notes: row.notes,
    treatmentNote: row.treatment_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An authority's columns, as the store and an import write them. */
export function authorityParams(fields: AuthorityFields): Record<string, string | number | null> {
  return {
    kind: fields.kind,
    name: fields.name,
    short_name: fields.shortName,
    volume: fields.volume,
    reporter: fields.reporter,
    first_page: fields.firstPage,
    court: fields.court,
    year: fields.year,
    title: fields.title,
    code: fields.code,
    section: fields.section,
    parenthetical: fields.parenthetical,
    history: fields.history,
    docket: fields.docket,
    date: fields.date,
    notes: fields.notes,
    treatment_note: fields.treatmentNote,
  };
}

export function createAuthorityStore(db: Db) {
  const records = createRecordStore<AuthorityRow, Authority, AuthorityFields>(
    db,
    { table: 'authorities', label: 'Authority', fromRow, toParams: authorityParams },
    AuthorityFields.parse({ kind: 'case' }),
  );
  const citingBriefs = db.prepare<[number], { title: string; deleted_at: string | null }>(`
    SELECT b.title, b.deleted_at FROM briefs b
    WHERE b.id IN (SELECT brief_id FROM brief_citations WHERE authority_id = ?)
    ORDER BY b.title COLLATE NOCASE`);

  const byReporter = db.prepare<[string, string, string], { id: number }>(
    'SELECT id FROM authorities WHERE volume = ? AND reporter = ? AND first_page = ? ORDER BY id LIMIT 1',
  );
  const byCode = db.prepare<[string, string, string], { id: number }>(
    'SELECT id FROM authorities WHERE title = ? AND code = ? AND section = ? ORDER BY id LIMIT 1',
  );

  return {
    ...records,
    /** For each cite, the library authority with the same reporter or code cite, if any. */
    match(keys: readonly AuthorityKey[]): (number | null)[] {
      return keys.map((key) => {
        if (key.volume && key.reporter && key.firstPage) {
          return byReporter.get(key.volume, key.reporter, key.firstPage)?.id ?? null;
        }
        if (!key.code || !key.section) return null;
        const found = byCode.get(key.title, key.code, key.section)?.id;
        // The key names a section of the Act by its Code section; the library may hold it as cited.
        const actSection =
          found === undefined && key.title === ACT_CODE_TITLE ? actSectionOf(key.section) : '';
        const byAct = actSection ? byCode.get('', 'INA', actSection)?.id : undefined;
        return found ?? byAct ?? null;
      });
    },
    /** Refused while any brief cites the authority, naming those briefs. */
    delete(id: number): void {
      const briefs = citingBriefs
        .all(id)
        .map((row) => `“${row.title}”${row.deleted_at ? ' (in the trash)' : ''}`);
      if (briefs.length > 0) {
        throw new AppError(
          'conflict',
          `This authority is cited in ${briefs.join(', ')}. Remove those citations (or delete a brief in the trash for good) before deleting it.`,
        );
      }
      records.delete(id);
    },
  };
}
