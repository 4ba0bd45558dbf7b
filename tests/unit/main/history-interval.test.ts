import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch, VERSION_EVERY_MS } from '../../../src/main/handlers';
import { editorState, paragraph, text } from '../../../src/shared/brief/editor-json';
import type { Brief, BriefVersion } from '../../../src/shared/library';
import { CANCELLING_HOST } from '../../helpers/hosts';
import { tempSession } from '../../helpers/temp-library';

// Its own file: the library's timestamps never run backwards (clock.ts), so once this test has
// moved the clock forward, later tests in the same module would see versions "from the future".

const MINUTE = 60 * 1000;
const content = (words: string) => JSON.stringify(editorState([paragraph(text(words))]));

afterEach(() => {
  vi.useRealTimers();
});

describe('brief history while editing', () => {
  it('keeps a version every 10 minutes of editing, and none between', async () => {
    // Only the date is simulated: the handlers and the library read it; nothing waits on it.
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const at = (minutes: number) => vi.setSystemTime(start + minutes * MINUTE);
    expect(VERSION_EVERY_MS).toBe(10 * MINUTE);

    const { session } = tempSession({ seed: false });
    const handlers = createHandlers(session, CANCELLING_HOST);
    const call = async <T>(channel: string, args: unknown): Promise<T> => {
      const result = await dispatch(handlers, channel, args);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const history = () => call<BriefVersion[]>('brief:history', { id: brief.id });

    const brief = await call<Brief>('brief:create', { title: 'Cece' });
    await call('brief:get', { id: brief.id });
    await call('brief:save', { id: brief.id, content: content('one') });
    expect(await history()).toHaveLength(1);

    // Saves within ten minutes of the last version keep none.
    for (const minutes of [1, 4, 9.9]) {
      at(minutes);
      await call('brief:save', { id: brief.id, content: content(`one two at ${minutes}`) });
    }
    expect(await history()).toHaveLength(1);

    // Ten minutes on, the save is kept as it was saved.
    at(10.1);
    await call('brief:save', { id: brief.id, content: content('one two three four five') });
    const [latest, first] = await history();
    expect(first).toMatchObject({ words: 1 });
    expect(latest).toMatchObject({ words: 5 });
    expect(Date.parse(latest!.createdAt) - Date.parse(first!.createdAt)).toBeGreaterThanOrEqual(
      VERSION_EVERY_MS,
    );
    const kept = await call<{ content: string }>('brief:version', { id: latest!.id });
    expect(kept.content).toContain('one two three four five');

    // And again ten minutes after that one, not before.
    at(19);
    await call('brief:save', { id: brief.id, content: content('six') });
    expect(await history()).toHaveLength(2);
    at(20.2);
    await call('brief:save', { id: brief.id, content: content('seven eight') });
    expect((await history()).map((version) => version.words)).toEqual([2, 5, 1]);
  });
});
