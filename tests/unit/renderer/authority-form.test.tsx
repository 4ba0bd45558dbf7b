import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/handlers';
import type { LibrarySession } from '../../../src/main/library/session';
import type { AmicusApi } from '../../../src/shared/contract';
import { AuthorityFields } from '../../../src/shared/library';
import { CANCELLING_HOST } from '../../helpers/hosts';
import { tempSession } from '../../helpers/temp-library';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has <dialog> but not its showModal(); the form's dialog only needs to be open.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

/**
 * The page's calls reach the app's own handlers on a real library, as the desktop preload's
 * `window.api` does over IPC; the renderer's api module picks it up when first imported.
 */
let handlers: Handlers | null = null;
window.api = {
  invoke: (channel, args) => {
    if (!handlers) throw new Error('no library session for this test');
    return dispatch(handlers, channel, args);
  },
} as AmicusApi;
const { AuthorityForm } = await import('../../../src/renderer/src/library/AuthorityForm');

let session: LibrarySession;
let root: Root | null = null;
beforeEach(() => {
  session = tempSession({ seed: false }).session;
  handlers = createHandlers(session, CANCELLING_HOST);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  handlers = null;
  document.body.innerHTML = '';
});

/** Types into a labelled field as a user does: React hears the input event. */
function type(label: string, value: string): void {
  const field = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.textContent === label,
  )?.control as HTMLInputElement | null | undefined;
  if (!field) throw new Error(`no field labelled ${label}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Renders the form and resolves when it has saved and closed. */
function openForm(authorityId: number | null): Promise<void> {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  const authority = authorityId === null ? null : session.library.authorities.get(authorityId);
  return new Promise<void>((closed) => {
    act(() =>
      root!.render(<AuthorityForm authority={authority} onClose={closed} onSaved={() => {}} />),
    );
  });
}

async function save(closed: Promise<void>): Promise<void> {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save');
  await act(async () => {
    button?.click();
    await closed;
  });
}

const HISTORY =
  'overruled in part on other grounds by Matter of Mogharrabi, 19 I. & N. Dec. 439 (BIA 1987)';

describe('the authority form’s subsequent history (Bluebook Rule 10.7)', () => {
  it('saves the history typed into a new authority, and shows it in the preview', async () => {
    const closed = openForm(null);
    type('Case name', 'Matter of Acosta');
    type('Volume', '19');
    type('Reporter', 'I. & N. Dec.');
    type('First page', '211');
    type('Court', 'BIA');
    type('Year', '1985');
    type('Subsequent history', HISTORY);
    expect(document.querySelector('[aria-label="Citation preview"]')?.textContent).toContain(
      '(BIA 1985), overruled in part on other grounds by Matter of Mogharrabi',
    );
    await save(closed);

    const [saved] = session.library.search({ text: 'Acosta', types: ['authority'] });
    expect(saved).toMatchObject({ type: 'authority', authority: { history: HISTORY } });
  });

  it('saves history typed into an authority already in the library', async () => {
    const { id } = session.library.authorities.create(
      AuthorityFields.parse({
        kind: 'agency',
        name: 'Matter of Acosta',
        volume: '19',
        reporter: 'I. & N. Dec.',
        firstPage: '211',
        court: 'BIA',
        year: 1985,
      }),
    );
    const closed = openForm(id);
    type('Subsequent history', HISTORY);
    await save(closed);
    expect(session.library.authorities.get(id).history).toBe(HISTORY);
  });
});
