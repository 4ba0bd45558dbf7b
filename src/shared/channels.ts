/**
 * Every channel between the renderer and main, named `domain:verb`. Kept free of zod so the
 * sandboxed preload can check names without bundling the schemas; `contract.ts` must define
 * exactly these (a type check there enforces it).
 */
export const CHANNELS = [
  'library:search',
  'library:status',
  'library:back-up',
  'library:restore',
  'library:export',
  'library:import-open',
  'library:import-preview',
  'library:import-apply',
  'matter:list',
  'matter:create',
  'matter:update',
  'matter:set-archived',
  'matter:delete',
  'matter:remove-sample',
  'profile:list',
  'authority:get-many',
  'authority:match',
  'authority:create',
  'authority:update',
  'authority:delete',
  'fact:get',
  'fact:create',
  'fact:update',
  'fact:delete',
  'record:repaginate',
  'snippet:get',
  'snippet:create',
  'snippet:update',
  'snippet:delete',
  'brief:list',
  'brief:get',
  'brief:create',
  'brief:rename',
  'brief:duplicate',
  'brief:set-matter',
  'brief:set-citation-style',
  'brief:set-profile',
  'brief:set-metadata',
  'brief:save',
  'brief:save-blocks',
  'brief:delete',
  'brief:trash',
  'brief:restore-deleted',
  'brief:delete-forever',
  'brief:history',
  'brief:version',
  'brief:restore-version',
  'brief:export-docx',
  'brief:import-docx',
  'document:read-text',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
