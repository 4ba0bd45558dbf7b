import type { ZodError } from 'zod';
import { isChannel, type Channel } from '../shared/channels';
import {
  contract,
  type Envelope,
  type ExportResult,
  type ParsedArgs,
  type Result,
} from '../shared/contract';
import type { Library } from './library';
import { AppError } from './errors';
import { briefFileName, renderBriefDocx } from './export/docx';
import { documentText } from './import/document-text';
import { courtProfileOf, COURT_PROFILES, DEFAULT_PROFILE_ID } from './profiles';
import { briefSkeleton } from '../shared/brief/skeleton';

/** What differs between the desktop app and the loopback web host. */
export interface Host {
  /**
   * Delivers an exported document: the desktop asks where to save it and writes it there;
   * the web host sends it back to the page as a download.
   */
  deliverDocx(fileName: string, bytes: Uint8Array): Promise<ExportResult>;
}

export type Handlers = {
  [C in Channel]: (args: ParsedArgs<C>) => Result<C> | Promise<Result<C>>;
};

export function createHandlers(library: Library, host: Host): Handlers {
  const deleted = { deleted: true } as const;
  return {
    'library:search': (query) => library.search(query),
    'matter:list': () => library.matters.list(),
    'profile:list': () => [...COURT_PROFILES],
    'authority:get-many': ({ ids }) => library.authorities.getMany(ids),
    'authority:match': ({ keys }) => library.authorities.match(keys),
    'authority:create': (fields) => library.authorities.create(fields),
    'authority:update': ({ id, ...fields }) => library.authorities.update(id, fields),
    'authority:delete': ({ id }) => (library.authorities.delete(id), deleted),
    'fact:get': ({ id }) => library.facts.get(id),
    'fact:create': (fields) => library.facts.create(fields),
    'fact:update': ({ id, ...fields }) => library.facts.update(id, fields),
    'fact:delete': ({ id }) => (library.facts.delete(id), deleted),
    'snippet:get': ({ id }) => library.snippets.get(id),
    'snippet:create': (fields) => library.snippets.create(fields),
    'snippet:update': ({ id, ...fields }) => library.snippets.update(id, fields),
    'snippet:delete': ({ id }) => (library.snippets.delete(id), deleted),
    'brief:list': () => library.briefs.list(),
    'brief:get': ({ id }) => library.briefs.get(id),
    'brief:create': ({ title, matterId, courtProfile = DEFAULT_PROFILE_ID, outline }) => {
      const profile = COURT_PROFILES.find((candidate) => candidate.id === courtProfile);
      if (!profile)
        throw new AppError('invalid-argument', `There is no court profile ${courtProfile}.`);
      const content = outline ? JSON.stringify(briefSkeleton(profile)) : '';
      const brief = library.briefs.create(title, matterId, content);
      library.briefs.setProfile(brief.id, profile.id, {});
      return library.briefs.get(brief.id);
    },
    'brief:rename': ({ id, title }) => library.briefs.rename(id, title),
    'brief:set-profile': ({ id, profileId, overrides }) => {
      if (!COURT_PROFILES.some((profile) => profile.id === profileId)) {
        throw new AppError('invalid-argument', `There is no court profile ${profileId}.`);
      }
      return library.briefs.setProfile(id, profileId, overrides);
    },
    'brief:set-metadata': ({ id, metadata }) => {
      library.briefs.setMetadata(id, metadata);
      return library.briefs.get(id);
    },
    'brief:set-citation-style': ({ id, style }) => library.briefs.setCitationStyle(id, style),
    'brief:save': ({ id, content }) => library.briefs.save(id, content),
    'brief:delete': ({ id }) => (library.briefs.delete(id), deleted),
    'brief:export-docx': async ({ id }) => {
      const brief = library.briefs.get(id);
      const bytes = await renderBriefDocx(
        brief,
        library.authorities.getMany,
        courtProfileOf(brief),
      );
      return host.deliverDocx(briefFileName(brief.title), bytes);
    },
    'document:read-text': async ({ fileName, base64 }) => ({
      text: await documentText(fileName, base64),
    }),
  };
}

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
  log: (message: string, error: unknown) => void = console.error,
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
    if (error instanceof AppError)
      return { ok: false, error: { code: error.code, message: error.message } };
    log(`${channel} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Amicus could not complete that action; the details were written to its log.',
      },
    };
  }
}
