import type { ZodError } from 'zod';
import { isChannel, type Channel } from '../shared/channels';
import {
  contract,
  type Envelope,
  type ExportResult,
  type FileDelivery,
  type ParsedArgs,
  type Result,
} from '../shared/contract';
import type { BackupInfo, BackupReason, LibraryStatus } from '../shared/library';
import type { Library } from './library';
import { AppError } from './errors';
import type { Log } from './log';
import { exportedText } from './export/confidential-scan';
import { briefFileName, renderBriefDocx } from './export/docx';
import { documentText } from './import/document-text';
import { importWordDraft } from './import/import-draft';
import { courtProfileOf, COURT_PROFILES, DEFAULT_PROFILE_ID } from './profiles';
import { findConfidential } from '../shared/brief/confidential';
import { briefSkeleton } from '../shared/brief/skeleton';
import { followOnMetadata } from '../shared/brief/duplicate';
import type { CourtProfile } from '../shared/brief/profiles';
import {
  repaginateBrief,
  repaginateFact,
  type RepaginationReport,
} from '../shared/brief/repaginate';
import { briefWords } from './library/brief-words';
import { createTransferHandlers } from './transfer';

/** What differs between the desktop app and the loopback web host. */
export interface Host {
  /**
   * Delivers an exported document: the desktop asks where to save it and writes it there;
   * the web host sends it back to the page as a download.
   */
  deliverDocx(fileName: string, bytes: Uint8Array): Promise<ExportResult>;
  /**
   * Delivers an exported library (Amicus or CSL-JSON). It may hold confidential facts: the
   * desktop writes it readable by its owner only.
   */
  deliverLibraryFile(
    fileName: string,
    bytes: Uint8Array,
    format: 'amicus' | 'csl-json',
  ): Promise<FileDelivery>;
}

export type Handlers = {
  [C in Channel]: (args: ParsedArgs<C>) => Result<C> | Promise<Result<C>>;
};

/** The library as the handlers reach it: open or not, backed up, restorable (LibrarySession). */
export interface LibraryAccess {
  /** The open library; throws an AppError saying why when it cannot be used. */
  readonly library: Library;
  noteWrite(): void;
  status(): LibraryStatus;
  backUp(reason: BackupReason): Promise<BackupInfo>;
  restore(name: string): Promise<{ keptAside: string; status: LibraryStatus }>;
}

/** Channels that change the library, after which a periodic backup has something to copy. */
const WRITES: ReadonlySet<Channel> = new Set<Channel>([
  'matter:create',
  'matter:update',
  'matter:set-archived',
  'matter:delete',
  'matter:remove-sample',
  'authority:create',
  'authority:update',
  'authority:delete',
  'fact:create',
  'fact:update',
  'fact:delete',
  'record:repaginate',
  'snippet:create',
  'snippet:update',
  'snippet:delete',
  'brief:create',
  'brief:import-docx',
  'brief:rename',
  'brief:duplicate',
  'brief:set-matter',
  'brief:set-profile',
  'brief:set-metadata',
  'brief:set-citation-style',
  'brief:save',
  'brief:save-blocks',
  'brief:delete',
  'brief:restore-deleted',
  'brief:delete-forever',
  'brief:restore-version',
  'library:import-apply',
]);

/**
 * A version is kept at the first save after a brief is opened (the brief as it was opened) and
 * every ten minutes of editing (the brief as saved).
 */
export const VERSION_EVERY_MS = 10 * 60 * 1000;

export function createHandlers(access: LibraryAccess, host: Host): Handlers {
  const deleted = { deleted: true } as const;
  /** When each brief was last opened, to keep a version at its first save. */
  const opened = new Map<number, number>();
  const keepVersion = (id: number) => {
    const brief = library().briefs.get(id);
    return library().briefs.keepVersion(id, briefWords(library(), brief));
  };
  /** The brief as it was opened, kept before its first save overwrites it (nothing to lose). */
  const keepOpenedVersion = (id: number) => {
    // Asked at every save; only the first after opening reads the history.
    const openedAt = opened.get(id);
    if (openedAt === undefined) return;
    const [last] = library().briefs.history(id);
    if (last && Date.parse(last.createdAt) >= openedAt) return;
    const current = library().briefs.content(id);
    if (current && (!last || library().briefs.version(last.id).content !== current))
      keepVersion(id);
  };
  /** Every ten minutes of editing, the brief as just saved. */
  const keepPeriodicVersion = (id: number) => {
    const [last] = library().briefs.history(id);
    if (!last || Date.now() - Date.parse(last.createdAt) >= VERSION_EVERY_MS) keepVersion(id);
  };
  const handlers: Handlers = {
    'library:search': (query) => library().search(query),
    'library:status': () => access.status(),
    'library:back-up': () => access.backUp('manual'),
    'library:restore': ({ name }) => access.restore(name),
    ...createTransferHandlers(access, host),
    'matter:list': () => library().matters.list(),
    'matter:create': (fields) => library().matters.create(fields),
    'matter:update': ({ id, ...fields }) => library().matters.update(id, fields),
    'matter:set-archived': ({ id, archived }) => library().matters.setArchived(id, archived),
    'matter:delete': ({ id }) => (library().matters.delete(id), deleted),
    'matter:remove-sample': () => library().matters.removeSample(),
    'profile:list': () => [...COURT_PROFILES],
    'authority:get-many': ({ ids }) => library().authorities.getMany(ids),
    'authority:match': ({ keys }) => library().authorities.match(keys),
    'authority:create': (fields) => library().authorities.create(fields),
    'authority:update': ({ id, ...fields }) => library().authorities.update(id, fields),
    'authority:delete': ({ id }) => (library().authorities.delete(id), deleted),
    'fact:get': ({ id }) => library().facts.get(id),
    'fact:create': (fields) => library().facts.create(fields),
    'fact:update': ({ id, ...fields }) => library().facts.update(id, fields),
    'fact:delete': ({ id }) => (library().facts.delete(id), deleted),
    'record:repaginate': ({ briefId, from, to, entries }) => {
      const opened = library().briefs.get(briefId);
      const mapping = { from, to, map: entries };
      const report: RepaginationReport = { facts: { rewritten: 0, outside: [] }, briefs: [] };
      library().db.transaction(() => {
        // The facts print as the brief the map was entered from prints them.
        const style = courtProfileOf(opened).recordCites;
        for (const fact of library().facts.inMatter(opened.matterId)) {
          const moved = repaginateFact(fact.recordRef, mapping, style);
          if (!moved) continue;
          if ('outside' in moved) {
            report.facts.outside.push({ ...moved.outside, factId: fact.id, text: fact.text });
          } else {
            library().facts.setRecord(fact.id, moved.cite, moved.ref);
            report.facts.rewritten += 1;
          }
        }
        for (const { id, matterId } of library().briefs.list()) {
          if (matterId !== opened.matterId) continue;
          const brief = library().briefs.get(id);
          const moved = repaginateBrief(brief.content, mapping, courtProfileOf(brief).recordCites);
          if (moved.content !== null) {
            // The brief as it was stays in its history, so the map can be undone there.
            keepVersion(id);
            library().briefs.save(id, moved.content);
          }
          if (moved.rewritten > 0 || moved.outside.length > 0)
            report.briefs.push({
              briefId: id,
              title: brief.title,
              rewritten: moved.rewritten,
              outside: moved.outside,
            });
        }
      })();
      return report;
    },
    'snippet:get': ({ id }) => library().snippets.get(id),
    'snippet:create': (fields) => library().snippets.create(fields),
    'snippet:update': ({ id, ...fields }) => library().snippets.update(id, fields),
    'snippet:delete': ({ id }) => (library().snippets.delete(id), deleted),
    'brief:list': () => library().briefs.list(),
    'brief:get': ({ id }) => {
      const brief = library().briefs.get(id);
      opened.set(id, Date.now());
      return brief;
    },
    'brief:create': ({ title, matterId, courtProfile = DEFAULT_PROFILE_ID, outline }) => {
      const profile = profileById(courtProfile);
      return createBrief(
        title,
        matterId,
        profile,
        outline ? JSON.stringify(briefSkeleton(profile)) : '',
      );
    },
    'brief:import-docx': async ({
      fileName,
      base64,
      title,
      matterId,
      courtProfile = DEFAULT_PROFILE_ID,
    }) => {
      // Checked before the document is read, so a wrong choice is told at once.
      const profile = profileById(courtProfile);
      if (matterId !== null) library().matters.get(matterId);
      const { content, report } = await importWordDraft(fileName, base64, (keys) =>
        library().authorities.match(keys),
      );
      return { brief: createBrief(title, matterId, profile, content), report };
    },
    'brief:rename': ({ id, title }) => library().briefs.rename(id, title),
    'brief:duplicate': ({ id, title, matterId, courtProfile, citationStyle }) => {
      const briefs = library().briefs;
      const source = briefs.get(id);
      const profile = profileById(courtProfile);
      if (matterId !== null) library().matters.get(matterId);
      const { metadata } = followOnMetadata(source.metadata, source.title);
      return library().db.transaction(() => {
        const copy = briefs.create(title, matterId, source.content);
        // The earlier court's rule changes (a word limit by order) stay with its brief.
        briefs.setProfile(copy.id, profile.id, {});
        briefs.setCitationStyle(copy.id, citationStyle);
        briefs.setMetadata(copy.id, metadata);
        return briefs.get(copy.id);
      })();
    },
    'brief:set-matter': ({ id, matterId }) => {
      if (matterId !== null) library().matters.get(matterId);
      return library().briefs.setMatter(id, matterId);
    },
    'brief:set-profile': ({ id, profileId, overrides }) => {
      profileById(profileId);
      return library().briefs.setProfile(id, profileId, overrides);
    },
    'brief:set-metadata': ({ id, metadata }) => {
      library().briefs.setMetadata(id, metadata);
      return library().briefs.get(id);
    },
    'brief:set-citation-style': ({ id, style }) => library().briefs.setCitationStyle(id, style),
    'brief:save': ({ id, content }) => {
      keepOpenedVersion(id);
      opened.delete(id);
      const saved = library().briefs.save(id, content);
      keepPeriodicVersion(id);
      return saved;
    },
    'brief:save-blocks': ({ id, changes }) => {
      keepOpenedVersion(id);
      opened.delete(id);
      const saved = library().briefs.saveChanges(id, changes);
      if (saved.kind === 'saved') keepPeriodicVersion(id);
      return saved;
    },
    'brief:delete': ({ id }) => (library().briefs.delete(id), deleted),
    'brief:trash': () => library().briefs.trash(),
    'brief:restore-deleted': ({ id }) => library().briefs.restoreDeleted(id),
    'brief:delete-forever': ({ id }) => (library().briefs.deleteForever(id), deleted),
    'brief:history': ({ id }) => library().briefs.history(id),
    'brief:version': ({ id }) => library().briefs.version(id),
    'brief:restore-version': ({ id, asCopy }) => {
      const version = library().briefs.version(id);
      const source = library().briefs.get(version.briefId);
      if (asCopy) {
        const kept = new Date(version.createdAt).toLocaleString('en-US', {
          dateStyle: 'medium',
          timeStyle: 'short',
        });
        const copy = library().briefs.create(
          `${version.title} (as of ${kept})`,
          source.matterId,
          version.content,
        );
        library().briefs.setProfile(copy.id, source.courtProfile, source.profileOverrides);
        library().briefs.setCitationStyle(copy.id, source.citationStyle);
        library().briefs.setMetadata(copy.id, source.metadata);
        return library().briefs.get(copy.id);
      }
      // The text being replaced is itself kept first, so a restore can be undone.
      keepVersion(source.id);
      library().briefs.save(source.id, version.content);
      return library().briefs.get(source.id);
    },
    'brief:export-docx': async ({ id, release }) => {
      const brief = library().briefs.get(id);
      const bytes = await renderBriefDocx(
        brief,
        library().authorities.getMany,
        courtProfileOf(brief),
      );
      // The guard reads the file as written, so nothing the export adds escapes it.
      const findings = findConfidential(await exportedText(bytes), library().confidential.terms());
      if (findings.length > 0 && !release) {
        return {
          kind: 'confidential',
          findings,
          lastRelease: library().confidential.lastRelease(id),
        };
      }
      const result = await host.deliverDocx(briefFileName(brief.title), bytes);
      if (findings.length > 0 && release && result.kind !== 'cancelled') {
        library().confidential.recordRelease(id, release, findings.length);
      }
      return result;
    },
    'document:read-text': async ({ fileName, base64 }) => ({
      text: await documentText(fileName, base64),
    }),
  };
  function library(): Library {
    return access.library;
  }
  function createBrief(
    title: string,
    matterId: number | null,
    profile: CourtProfile,
    content: string,
  ) {
    const brief = library().briefs.create(title, matterId, content);
    library().briefs.setProfile(brief.id, profile.id, {});
    return library().briefs.get(brief.id);
  }
  for (const channel of WRITES) {
    const handle = handlers[channel] as (args: unknown) => unknown;
    (handlers as Record<Channel, (args: unknown) => unknown>)[channel] = async (args) => {
      const result = await handle(args);
      access.noteWrite();
      return result;
    };
  }
  return handlers;
}

/**
 * SQLite's failures in plain words: a library locked by another program (try again), one that
 * became read-only, a full disk, a damaged file, a failing drive.
 */
function plainStorageError(error: unknown): AppError | null {
  const code = String((error as { code?: unknown }).code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code))
    return new AppError(
      'busy',
      'The library is in use by another program, so this change is waiting; Amicus will try again.',
    );
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS')
    return new AppError(
      'unavailable',
      'The library file or its folder has become read-only, so Amicus cannot save. Make it writable again; what you typed stays on screen meanwhile.',
    );
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new AppError(
      'unavailable',
      'The disk holding the library is full, so Amicus cannot save. Free some space; Amicus will try again.',
    );
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code))
    return new AppError(
      'unavailable',
      'The library file is damaged. Restore it from a backup (Library, Restore from backup…); the damaged file is kept.',
    );
  if (/^SQLITE_IOERR/.test(code))
    return new AppError(
      'unavailable',
      'The disk holding the library could not be read or written. Check the drive; Amicus will try again.',
    );
  return null;
}

function profileById(id: string): CourtProfile {
  const profile = COURT_PROFILES.find((candidate) => candidate.id === id);
  if (!profile) throw new AppError('invalid-argument', `There is no court profile ${id}.`);
  return profile;
}

/** Where errors go when no log file is given (tests, scripts). */
const STANDARD_ERROR: Log = {
  file: 'standard error',
  error: (context, error) => console.error(context, error),
};

function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Runs one call from either transport: checks the channel, validates the arguments, runs the
 * handler and validates its result. Every outcome is an envelope; nothing throws to the caller.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawArgs: unknown,
  log: Log = STANDARD_ERROR,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: {
        code: 'unknown-channel',
        message: `No such channel: ${String(channel).slice(0, 100)}`,
      },
    };
  }
  const endpoint = contract[channel];
  const parsed = endpoint.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-argument', message: describeZodError(parsed.error) },
    };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value: unknown = endpoint.result.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (error) {
    const known = error instanceof AppError ? error : plainStorageError(error);
    if (known) return { ok: false, error: { code: known.code, message: known.message } };
    log.error(`${channel} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Amicus could not complete that action; the details are in its log, ${log.file}.`,
      },
    };
  }
}
