import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/channels';
import type { Envelope } from '../shared/contract';
import { dispatch, type Handlers } from './handlers';
import type { Log } from './log';

/** Registers every contract channel once; calls from any frame but the app's own are refused. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log?: Log,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This window may not use the Amicus library.' },
        };
      }
      return dispatch(handlers, channel, args, log);
    });
  }
}
