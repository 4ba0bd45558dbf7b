import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageCalls, servePage } from '../../helpers/page-api';
import type { LibrarySession } from '../../../src/main/library/session';
import type { Fact, Snippet } from '../../../src/shared/library';
import { LibraryPanel } from '../../../src/renderer/src/library/LibraryPanel';
import { tempSession } from '../../helpers/temp-library';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const calls = () => pageCalls.map((call) => call.channel);

let session: LibrarySession;
let root: Root | null = null;
beforeEach(() => {
  session = tempSession({ seed: false }).session;
  servePage(session);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  servePage(null);
  document.body.innerHTML = '';
});

/** Waits until `find` returns something, letting the page's calls settle in between. */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error('never appeared');
}

const button = (label: string) =>
  [...document.querySelectorAll('button')].find(
    (candidate) => candidate.getAttribute('aria-label')?.startsWith(label) ?? false,
  );

describe('the library panel', () => {
  it('lists a fact and a snippet from their summaries, and inserts each as fetched whole', async () => {
    const longText = `Ms. Orlavska testified that ${'the gang came back again and again, '.repeat(12)}until she fled.`;
    const fact = session.library.facts.create({
      matterId: null,
      text: longText,
      recordCite: 'A.R. 44',
      source: 'Hearing testimony',
      tags: [],
    });
    const content = JSON.stringify({ root: { children: [], type: 'root', version: 1 } });
    session.library.snippets.create({
      matterId: null,
      title: 'Orlavska: the threats',
      content,
      plainText: 'The threats continued for two years.',
      tags: [],
    });
    const inserted = {
      fact: vi.fn<(fact: Fact) => void>(),
      snippet: vi.fn<(snippet: Snippet) => void>(),
    };
    const container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
    act(() =>
      root?.render(
        <LibraryPanel
          insert={{ citation: () => undefined, ...inserted }}
          canInsert
          matters={[]}
          matterId={null}
          newSnippetContent={null}
          onNewSnippetHandled={() => undefined}
          generation={0}
        />,
      ),
    );

    const insertFact = await waitFor(() => button('Insert fact:'));
    const text = document.querySelector('.hit--fact .hit__text')?.textContent ?? '';
    expect(text).toHaveLength(220);
    expect(text.endsWith('…')).toBe(true);
    expect(document.querySelector('.hit--fact .hit__meta')?.textContent).toBe('A.R. 44');
    expect(document.querySelector('.hit--snippet .hit__text')?.textContent).toBe(
      'The threats continued for two years.',
    );
    expect(calls()).toEqual(['library:search']);

    act(() => insertFact.click());
    await waitFor(() => inserted.fact.mock.calls.length > 0);
    expect(inserted.fact.mock.calls[0]?.[0]).toMatchObject({ id: fact.id, text: longText });
    act(() => button('Insert snippet:')?.click());
    await waitFor(() => inserted.snippet.mock.calls.length > 0);
    expect(inserted.snippet.mock.calls[0]?.[0]).toMatchObject({ content });
    expect(calls()).toEqual(['library:search', 'fact:get', 'snippet:get']);
  });
});
