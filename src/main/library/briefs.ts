import type { BriefChanges } from '../../shared/brief/blocks';
import type { CitationStyle } from '../../shared/citations/format';
import { BriefMetadata } from '../../shared/brief/metadata';
import type { ProfileOverrides } from '../../shared/brief/profiles';
import type {
  Brief,
  BriefSummary,
  BriefVersion,
  BriefVersionContent,
  TrashedBrief,
} from '../../shared/library';
import { notFound } from '../errors';
import { createBlockWriter, documentOf, Stale } from './brief-blocks';
import { now } from './clock';
import type { Db } from './database';

interface BriefRow {
  id: number;
  matter_id: number | null;
  title: string;
  citation_style: CitationStyle;
  court_profile: string;
  profile_overrides: string;
  metadata?: string;
  content_head?: string;
  content_tail?: string;
  revision?: number;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

interface VersionRow {
  id: number;
  brief_id: number;
  title: string;
  words: number;
  created_at: string;
  content?: string;
}

function versionFromRow(row: VersionRow): BriefVersion {
  return {
    id: row.id,
    briefId: row.brief_id,
    title: row.title,
    words: row.words,
    createdAt: row.created_at,
  };
}

/** How long a deleted brief can be restored. */
export const TRASH_DAYS = 30;

function summaryFromRow(row: BriefRow): BriefSummary {
  return {
    id: row.id,
    matterId: row.matter_id,
    title: row.title,
    citationStyle: row.citation_style,
    courtProfile: row.court_profile,
    profileOverrides: JSON.parse(row.profile_overrides) as ProfileOverrides,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createBriefStore(db: Db) {
  const columns =
    'id, matter_id, title, citation_style, court_profile, profile_overrides, created_at, updated_at, deleted_at';
  const list = db.prepare<[], BriefRow>(
    `SELECT ${columns} FROM briefs WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC`,
  );
  const trashed = db.prepare<[], BriefRow>(
    `SELECT ${columns} FROM briefs WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
  );
  const trash = db.prepare<[string, number]>(
    'UPDATE briefs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const untrash = db.prepare<[number]>(
    'UPDATE briefs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const purge = db.prepare<[string]>('DELETE FROM briefs WHERE deleted_at < ?');
  const purgeOne = db.prepare<[number]>(
    'DELETE FROM briefs WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const insertVersion = db.prepare<[number, string, string, number, string]>(
    'INSERT INTO brief_versions (brief_id, title, content, words, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const versions = db.prepare<[number], VersionRow>(
    'SELECT id, brief_id, title, words, created_at FROM brief_versions WHERE brief_id = ? ORDER BY created_at DESC, id DESC',
  );
  const version = db.prepare<[number], VersionRow>('SELECT * FROM brief_versions WHERE id = ?');
  const get = db.prepare<[number], BriefRow>('SELECT * FROM briefs WHERE id = ?');
  const insert = db.prepare<[number | null, string, string, string]>(
    'INSERT INTO briefs (matter_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const rename = db.prepare<[string, string, number]>(
    'UPDATE briefs SET title = ?, updated_at = ? WHERE id = ?',
  );
  const setMatter = db.prepare<[number | null, string, number]>(
    'UPDATE briefs SET matter_id = ?, updated_at = ? WHERE id = ?',
  );
  const setStyle = db.prepare<[CitationStyle, string, number]>(
    'UPDATE briefs SET citation_style = ?, updated_at = ? WHERE id = ?',
  );
  const setProfile = db.prepare<[string, string, string, number]>(
    'UPDATE briefs SET court_profile = ?, profile_overrides = ?, updated_at = ? WHERE id = ?',
  );
  const setMetadata = db.prepare<[string, string, number]>(
    'UPDATE briefs SET metadata = ?, updated_at = ? WHERE id = ?',
  );
  const blocks = createBlockWriter(db);

  function summary(id: number): BriefSummary {
    const row = get.get(id);
    if (!row) throw notFound('Brief', id);
    return summaryFromRow(row);
  }

  function getBrief(id: number): Brief {
    const row = get.get(id);
    if (!row) throw notFound('Brief', id);
    const rows = blocks.rows(id);
    return {
      ...summaryFromRow(row),
      content: documentOf({ head: row.content_head ?? '', tail: row.content_tail ?? '' }, rows),
      blockKeys: rows.map((block) => block.key),
      revision: row.revision ?? 0,
      // Read leniently: a field added later, or one out of range, takes its default.
      metadata: BriefMetadata.catch(BriefMetadata.parse({})).parse(
        JSON.parse(row.metadata ?? '{}'),
      ),
    };
  }

  /** Content and its citation index change together or not at all. */
  const saveContent = db.transaction((id: number, content: string) => {
    blocks.replace(id, content);
    blocks.touch(id);
  });

  /** Writes what the editor changed and returns the new revision; throws Stale, undoing it all. */
  const writeChanges = db.transaction((id: number, changes: BriefChanges): number => {
    if (changes.kind === 'whole') {
      blocks.write(id, changes.frame, changes.blocks);
    } else {
      if (blocks.revision(id) !== changes.base) throw new Stale();
      blocks.apply(id, changes);
    }
    return blocks.touch(id);
  });

  return {
    list: (): BriefSummary[] => list.all().map(summaryFromRow),
    get: getBrief,
    create(title: string, matterId: number | null, content = ''): Brief {
      const at = now();
      const id = Number(insert.run(matterId, title, at, at).lastInsertRowid);
      if (content) saveContent(id, content);
      return getBrief(id);
    },
    /** The brief's document, joined from its blocks. */
    content(id: number): string {
      const ends = blocks.ends(id);
      if (!ends) throw notFound('Brief', id);
      return documentOf(ends, blocks.rows(id));
    },
    /**
     * Replaces the brief's text with `content`, its citation index with it, leaving its
     * timestamps (a library import writes its own). Call inside a transaction.
     */
    replaceContent: (id: number, content: string): void => blocks.replace(id, content),
    rename(id: number, title: string): BriefSummary {
      if (rename.run(title, now(), id).changes === 0) throw notFound('Brief', id);
      return summary(id);
    },
    setMatter(id: number, matterId: number | null): BriefSummary {
      if (setMatter.run(matterId, now(), id).changes === 0) throw notFound('Brief', id);
      return summary(id);
    },
    setCitationStyle(id: number, style: CitationStyle): BriefSummary {
      if (setStyle.run(style, now(), id).changes === 0) throw notFound('Brief', id);
      return summary(id);
    },
    setProfile(id: number, profileId: string, overrides: ProfileOverrides): BriefSummary {
      if (setProfile.run(profileId, JSON.stringify(overrides), now(), id).changes === 0) {
        throw notFound('Brief', id);
      }
      return summary(id);
    },
    setMetadata(id: number, metadata: BriefMetadata): void {
      if (setMetadata.run(JSON.stringify(metadata), now(), id).changes === 0)
        throw notFound('Brief', id);
    },
    /** Saves the brief whole from a document. */
    save(id: number, content: string): BriefSummary {
      saveContent(id, content);
      return summary(id);
    },
    /** Saves what the editor changed, block by block (see BriefChanges). */
    saveChanges(
      id: number,
      changes: BriefChanges,
    ): { kind: 'saved'; summary: BriefSummary; revision: number } | { kind: 'stale' } {
      let revision: number;
      try {
        revision = writeChanges(id, changes);
      } catch (error) {
        // Made against blocks the library no longer holds: the editor saves the brief whole.
        if (error instanceof Stale) return { kind: 'stale' };
        throw error;
      }
      return { kind: 'saved', summary: summary(id), revision };
    },
    /** Moves the brief to the trash; it can be restored for TRASH_DAYS days. */
    delete(id: number): void {
      if (trash.run(now(), id).changes === 0) throw notFound('Brief', id);
    },
    trash: (): TrashedBrief[] =>
      trashed.all().map((row) => ({ ...summaryFromRow(row), deletedAt: row.deleted_at ?? '' })),
    restoreDeleted(id: number): BriefSummary {
      if (untrash.run(id).changes === 0) throw notFound('Deleted brief', id);
      return summary(id);
    },
    /** Deletes a brief in the trash for good, with its history. */
    deleteForever(id: number): void {
      if (purgeOne.run(id).changes === 0) throw notFound('Deleted brief', id);
    },
    /** Deletes for good what has been in the trash longer than TRASH_DAYS days. */
    emptyTrash(at = new Date()): number {
      const cutoff = new Date(at.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();
      return purge.run(cutoff).changes;
    },
    /** Keeps the brief as it is now in its history; `words` is its written body's count. */
    keepVersion(id: number, words: number): BriefVersion {
      const brief = getBrief(id);
      const info = insertVersion.run(id, brief.title, brief.content, words, now());
      const row = version.get(Number(info.lastInsertRowid));
      if (!row) throw notFound('Version', Number(info.lastInsertRowid));
      return versionFromRow(row);
    },
    history: (id: number): BriefVersion[] => versions.all(id).map(versionFromRow),
    version(versionId: number): BriefVersionContent {
      const row = version.get(versionId);
      if (!row) throw notFound('Version', versionId);
      return { ...versionFromRow(row), content: row.content ?? '' };
    },
  };
}
