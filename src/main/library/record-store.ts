import { notFound } from '../errors';
import { now } from './clock';
import type { Db } from './database';

type Params = Record<string, string | number | null>;

interface RecordTable<Row, Item, Fields> {
  /** Table name; a constant of this module's callers, never user input. */
  table: string;
  /** The user's word for one record, used in messages. */
  label: string;
  fromRow(row: Row): Item;
  /** Column values for the writable columns, keyed by column name. */
  toParams(fields: Fields): Params;
}

/**
 * Get, get-many, create, update and delete for a library table with `id`, `created_at` and
 * `updated_at` columns. Statements are prepared once per store.
 */
export function createRecordStore<Row, Item, Fields>(
  db: Db,
  spec: RecordTable<Row, Item, Fields>,
  sample: Fields,
) {
  const columns = Object.keys(spec.toParams(sample));
  const get = db.prepare<[number], Row>(`SELECT * FROM ${spec.table} WHERE id = ?`);
  const getMany = db.prepare<[string], Row>(
    `SELECT * FROM ${spec.table} WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare<[Params]>(
    `INSERT INTO ${spec.table} (${columns.join(', ')}, created_at, updated_at)
     VALUES (${columns.map((c) => `@${c}`).join(', ')}, @at, @at)`,
  );
  const update = db.prepare<[Params]>(
    `UPDATE ${spec.table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at
     WHERE id = @id`,
  );
  const remove = db.prepare<[number]>(`DELETE FROM ${spec.table} WHERE id = ?`);

  const store = {
    get(id: number): Item {
      const row = get.get(id);
      if (!row) throw notFound(spec.label, id);
      return spec.fromRow(row);
    },
    getMany: (ids: readonly number[]): Item[] => getMany.all(JSON.stringify(ids)).map(spec.fromRow),
    create(fields: Fields): Item {
      const info = insert.run({ ...spec.toParams(fields), at: now() });
      return store.get(Number(info.lastInsertRowid));
    },
    update(id: number, fields: Fields): Item {
      const info = update.run({ ...spec.toParams(fields), id, at: now() });
      if (info.changes === 0) throw notFound(spec.label, id);
      return store.get(id);
    },
    delete(id: number): void {
      if (remove.run(id).changes === 0) throw notFound(spec.label, id);
    },
  };
  return store;
}
