import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as citationStyle } from './002-citation-style';
import { up as courtProfile } from './003-court-profile';
import { up as briefMetadata } from './004-brief-metadata';
import { up as citationStylesAndHistory } from './005-citation-styles-and-history';
import { up as briefHistoryAndTrash } from './006-brief-history-and-trash';
import { up as matters } from './007-matters';
import { up as confidential } from './008-confidential';
import { up as recordReferences } from './009-record-references';
import { up as authorityTreatmentNotes } from './010-authority-treatment-notes';
import { up as recordOrigins } from './011-record-origins';
import { up as leanSearchIndex } from './012-lean-search-index';
import { up as briefBlocks } from './013-brief-blocks';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** In order; a migration's version is its position. Never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'citation style', up: citationStyle },
  { version: 3, name: 'court profile', up: courtProfile },
  { version: 4, name: 'brief metadata', up: briefMetadata },
  { version: 5, name: 'citation styles and history', up: citationStylesAndHistory },
  { version: 6, name: 'brief history and trash', up: briefHistoryAndTrash },
  { version: 7, name: 'matters', up: matters },
  { version: 8, name: 'confidential', up: confidential },
  { version: 9, name: 'record references', up: recordReferences },
  { version: 10, name: 'authority treatment notes', up: authorityTreatmentNotes },
  { version: 11, name: 'record origins', up: recordOrigins },
  { version: 12, name: 'lean search index', up: leanSearchIndex },
  { version: 13, name: 'brief blocks', up: briefBlocks },
];

export const LATEST_VERSION = MIGRATIONS.length;
