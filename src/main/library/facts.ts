import type { Fact, FactFields } from '../../shared/library';
import type { Db } from './database';
import { createRecordStore } from './record-store';

interface FactRow {
  id: number;
  matter_id: number | null;
  text: string;
  record_cite: string;
  source: string;
  tags: string;
  confidential: number;
  created_at: string;
  updated_at: string;
}

/** A fact's fields; one written before facts could be confidential is not. */
type FactInput = Omit<FactFields, 'confidential'> & Partial<Pick<FactFields, 'confidential'>>;

export function createFactStore(db: Db) {
  return createRecordStore<FactRow, Fact, FactInput>(
    db,
    {
      table: 'facts',
      label: 'Fact',
      fromRow: (row) => ({
        id: row.id,
        matterId: row.matter_id,
        text: row.text,
        recordCite: row.record_cite,
        source: row.source,
        tags: JSON.parse(row.tags) as string[],
        confidential: row.confidential === 1,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }),
      toParams: (fields) => ({
        matter_id: fields.matterId,
        text: fields.text,
        record_cite: fields.recordCite,
        source: fields.source,
        tags: JSON.stringify(fields.tags),
        confidential: fields.confidential === true ? 1 : 0,
      }),
    },
    { matterId: null, text: '', recordCite: '', source: '', tags: [], confidential: false },
  );
}
