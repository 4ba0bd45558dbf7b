import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/handlers';
import { editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import type { Brief, BriefVersion, TrashedBrief } from '../../../src/shared/library';
import { tempSession } from '../../helpers/temp-library';
import { CANCELLING_HOST } from '../../helpers/hosts';

const content = (words: string) => JSON.stringify(editorState([paragraph(text(words))]));

async function value<T>(handlers: Handlers, channel: string, args: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

function setUp() {
  const { session } = tempSession({ seed: false });
  const handlers = createHandlers(session, CANCELLING_HOST);
  return { session, handlers };
}

describe('brief history', () => {
  it('keeps a version at the first save after opening, with its word count, and not at every save', async () => {
    const { handlers } = setUp();
    const brief = await value<Brief>(handlers, 'brief:create', { title: 'Cece' });
    await value(handlers, 'brief:get', { id: brief.id });
    await value(handlers, 'brief:save', { id: brief.id, content: content('one two three') });
    await value(handlers, 'brief:save', { id: brief.id, content: content('one two three four') });
    const history = await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id });
    expect(history).toEqual([expect.objectContaining({ title: 'Cece', words: 3 })]);
    // Opening it again starts a new session: its first save is kept too.
    await value(handlers, 'brief:get', { id: brief.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await value(handlers, 'brief:save', { id: brief.id, content: content('five') });
    expect(await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id })).toHaveLength(
      2,
    );
  });

  it('keeps the brief as opened at the first save of its blocks, refused as stale or not, once', async () => {
    const { session, handlers } = setUp();
    const brief = await value<Brief>(handlers, 'brief:create', { title: 'Cece' });
    await value(handlers, 'brief:save', { id: brief.id, content: content('first draft') });
    await value(handlers, 'brief:save', { id: brief.id, content: content('as opened') });
    const opened = await value<Brief>(handlers, 'brief:get', { id: brief.id });
    const [key] = opened.blockKeys;
    const typed = { key: key!, json: JSON.stringify(paragraph(text('as typed'))) };
    const blocks = (base: number) => ({
      id: brief.id,
      changes: { kind: 'blocks', base, upsert: [typed], remove: [], place: [], count: 1 },
    });
    expect(await value(handlers, 'brief:save-blocks', blocks(opened.revision + 5))).toEqual({
      kind: 'stale',
    });
    const saved = await value<{ kind: string; revision: number }>(
      handlers,
      'brief:save-blocks',
      blocks(opened.revision),
    );
    expect(saved).toMatchObject({ kind: 'saved', revision: opened.revision + 1 });
    const history = await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id });
    expect(history).toHaveLength(2);
    const [version] = history;
    const kept = await value<{ content: string }>(handlers, 'brief:version', { id: version!.id });
    expect(kept.content).toBe(opened.content);
    expect(session.library.briefs.content(brief.id)).toContain('as typed');
    // Later saves of the same session keep no more versions.
    await value(handlers, 'brief:save-blocks', blocks(saved.revision));
    expect(await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id })).toHaveLength(
      2,
    );
  });

  it('restores a version as the current text (keeping the text it replaces) or as a copy', async () => {
    const { handlers } = setUp();
    const brief = await value<Brief>(handlers, 'brief:create', { title: 'Cece' });
    await value(handlers, 'brief:get', { id: brief.id });
    await value(handlers, 'brief:save', { id: brief.id, content: content('the first draft') });
    const [first] = await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id });
    await value(handlers, 'brief:save', { id: brief.id, content: content('a rewrite') });

    const copy = await value<Brief>(handlers, 'brief:restore-version', {
      id: first!.id,
      asCopy: true,
    });
    expect(copy.id).not.toBe(brief.id);
    expect(copy.title).toMatch(/^Cece \(as of /);
    expect(copy.content).toContain('the first draft');

    const restored = await value<Brief>(handlers, 'brief:restore-version', {
      id: first!.id,
      asCopy: false,
    });
    expect(restored.content).toContain('the first draft');
    const history = await value<BriefVersion[]>(handlers, 'brief:history', { id: brief.id });
    const kept = await Promise.all(
      history.map((version) =>
        value<{ content: string }>(handlers, 'brief:version', { id: version.id }),
      ),
    );
    expect(kept.some((version) => version.content.includes('a rewrite'))).toBe(true);
  });
});

describe('the trash', () => {
  it('holds a deleted brief, restorable, and empties what is older than 30 days', async () => {
    const { session, handlers } = setUp();
    const brief = await value<Brief>(handlers, 'brief:create', { title: 'Gone for now' });
    await value(handlers, 'brief:delete', { id: brief.id });
    expect(await value<unknown[]>(handlers, 'brief:list', {})).toEqual([]);
    const trash = await value<TrashedBrief[]>(handlers, 'brief:trash', {});
    expect(trash).toEqual([expect.objectContaining({ id: brief.id, title: 'Gone for now' })]);
    await value(handlers, 'brief:restore-deleted', { id: brief.id });
    expect(await value<unknown[]>(handlers, 'brief:list', {})).toHaveLength(1);

    await value(handlers, 'brief:delete', { id: brief.id });
    const later = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    expect(session.library.briefs.emptyTrash(later)).toBe(1);
    expect(await value<unknown[]>(handlers, 'brief:trash', {})).toEqual([]);
  });
});
