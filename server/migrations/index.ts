import type { PoolClient } from 'pg';
import { up as initial } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  up(db: PoolClient): Promise<void>;
}

/** In order; a migration's version is its position. Never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', up: initial }];

export const LATEST_VERSION = MIGRATIONS.length;
