import { parseRecordCite, type RecordRef } from '../../shared/brief/record-cites';
import { EXCERPT_CHARS, type Fact, type FactFields, type FactSummary } from '../../shared/library';
import { excerpt } from '../../shared/words';
import type { Db } from './database';
import { now } from './clock';
import { createRecordStore } from './record-store';

interface FactRow {
  id: number;
  matter_id: number | null;
  text: string;
  record_cite: string;
  record_kind: RecordRef['record'] | null;
  record_pages: string | null;
  source: string;
  tags: string;
  confidential: number;
  created_at: string;
  updated_at: string;
}

/** A fact's fields; one written before facts could be confidential is not. */
type FactInput = Omit<FactFields, 'confidential'> & Partial<Pick<FactFields, 'confidential'>>;

function factFromRow(row: FactRow): Fact {
  return {
    id: row.id,
    matterId: row.matter_id,
    text: row.text,
    recordCite: row.record_cite,
    recordRef:
      row.record_kind && row.record_pages
        ? { record: row.record_kind, pages: JSON.parse(row.record_pages) as RecordRef['pages'] }
        : null,
    source: row.source,
    tags: JSON.parse(row.tags) as string[],
    confidential: row.confidential === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * A fact's columns, as the store and an import write them. The cite as typed is kept; what
 * Amicus reads of it is the reference a page map moves (an import may bring one already moved).
 */
export function factParams(fields: FactInput, ref = parseRecordCite(fields.recordCite)) {
  return {
    matter_id: fields.matterId,
    text: fields.text,
    record_cite: fields.recordCite,
    record_kind: ref?.record ?? null,
    record_pages: ref ? JSON.stringify(ref.pages) : null,
    source: fields.source,
    tags: JSON.stringify(fields.tags),
    confidential: fields.confidential === true ? 1 : 0,
  };
}

export function createFactStore(db: Db) {
  const store = createRecordStore<FactRow, Fact, FactInput>(
    db,
    {
      table: 'facts',
      label: 'Fact',
      fromRow: factFromRow,
      toParams: (fields) => factParams(fields),
    },
    { matterId: null, text: '', recordCite: '', source: '', tags: [], confidential: false },
  );
  const inMatter = db.prepare<[{ matter: number | null }], FactRow>(
    'SELECT * FROM facts WHERE matter_id IS @matter ORDER BY id',
  );
  const summaries = db.prepare<
    [string],
    Omit<FactRow, 'source' | 'tags' | 'created_at' | 'updated_at'>
  >(
    `SELECT id, matter_id, text, record_cite, record_kind, record_pages, confidential FROM facts
     WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const setRecord = db.prepare<
    [{ id: number; cite: string; kind: string; pages: string; at: string }]
  >(
    `UPDATE facts SET record_cite = @cite, record_kind = @kind, record_pages = @pages,
       updated_at = @at WHERE id = @id`,
  );
  return {
    ...store,
    /** What a search result shows of each fact, in no particular order. */
    summaries: (ids: readonly number[]): FactSummary[] =>
      summaries.all(JSON.stringify(ids)).map((row) => ({
        id: row.id,
        matterId: row.matter_id,
        excerpt: excerpt(row.text, EXCERPT_CHARS),
        recordCite: row.record_cite,
        recordPage: row.record_kind !== null && row.record_pages !== null,
        confidential: row.confidential === 1,
      })),
    /** The facts of a matter, or of General (null). */
    inMatter: (matterId: number | null): Fact[] =>
      inMatter.all({ matter: matterId }).map(factFromRow),
    /**
     * A re-paginated cite: its text as the court prints it and the reference itself (which the
     * text may not tell apart: the Seventh Circuit writes two records "A.R.").
     */
    setRecord(id: number, cite: string, ref: RecordRef): void {
      setRecord.run({
        id,
        cite,
        kind: ref.record,
        pages: JSON.stringify(ref.pages),
        at: now(),
      });
    },
  };
}
