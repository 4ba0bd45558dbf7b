import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers';
import { registerIpc } from '../../../src/main/ipc';
import { CHANNELS } from '../../../src/shared/channels';
import { tempSession } from '../../helpers/temp-library';
import { CANCELLING_HOST } from '../../helpers/hosts';

type Listener = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

/** Stands in for Electron's ipcMain, which refuses a second handler for one channel. */
function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  return {
    registered,
    handle(channel: string, listener: Listener) {
      if (registered.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      registered.set(channel, listener);
    },
  };
}

const event = (trusted: boolean) => ({ trusted }) as unknown as IpcMainInvokeEvent;

describe('registerIpc', () => {
  it('registers every contract channel exactly once', () => {
    const ipc = fakeIpcMain();
    const { session } = tempSession({ seed: false });
    registerIpc(ipc, createHandlers(session, CANCELLING_HOST), () => true);
    expect([...ipc.registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('checks the sender of every message and validates every payload', async () => {
    const ipc = fakeIpcMain();
    const { session } = tempSession({ seed: false });
    registerIpc(
      ipc,
      createHandlers(session, CANCELLING_HOST),
      (e) => (e as unknown as { trusted: boolean }).trusted,
    );
    const search = ipc.registered.get('library:search')!;
    expect(await search(event(false), { text: '' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await search(event(true), { text: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await search(event(true), { text: '' })).toMatchObject({ ok: true, value: [] });
  });
});
