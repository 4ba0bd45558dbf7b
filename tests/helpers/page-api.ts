import { createHandlers, dispatch, type Handlers } from '../../src/main/handlers';
import type { LibrarySession } from '../../src/main/library/session';
import type { AmicusApi } from '../../src/shared/contract';
import { CANCELLING_HOST } from './hosts';

/** A call the page made: its channel and arguments. */
export interface PageCall {
  channel: string;
  args: unknown;
}

let handlers: Handlers | null = null;
/** Every call the page made since `servePage`, in order. */
export const pageCalls: PageCall[] = [];

/**
 * The page's calls reach the app's own handlers on a real library, as over IPC. Import this
 * module before any of the page's: the page picks its transport when its API module loads.
 */
window.api = {
  invoke: (channel, args) => {
    if (!handlers) throw new Error('no library session for this test');
    pageCalls.push({ channel, args });
    return dispatch(handlers, channel, args);
  },
} as AmicusApi;

/** Serves the page's calls from `session`'s library (null: none, after a test). */
export function servePage(session: LibrarySession | null): void {
  handlers = session && createHandlers(session, CANCELLING_HOST);
  pageCalls.length = 0;
}
