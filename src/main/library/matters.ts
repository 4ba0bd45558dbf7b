import type { Matter } from '../../shared/library';
import { now } from './clock';
import type { Db } from './database';

export interface MatterFields {
  name: string;
  court?: string;
  docket?: string;
  notes?: string;
}

export function createMatterStore(db: Db) {
  const list = db.prepare<[], Matter>(
    'SELECT id, name, court, docket, notes FROM matters ORDER BY name COLLATE NOCASE',
  );
  const insert = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO matters (name, court, docket, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    list: (): Matter[] => list.all(),
    create(fields: MatterFields): number {
      const at = now();
      const info = insert.run(
        fields.name,
        fields.court ?? '',
        fields.docket ?? '',
        fields.notes ?? '',
        at,
        at,
      );
      return Number(info.lastInsertRowid);
    },
  };
}
