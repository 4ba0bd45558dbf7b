import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/channels';
import type { AmicusApi } from '../shared/contract';

/** The page's only door to the main process: one call, contract channels only. */
const api: AmicusApi = {
  invoke(channel, args) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: `No such channel: ${String(channel)}` },
      });
    }
    return ipcRenderer.invoke(channel, args);
  },
};

contextBridge.exposeInMainWorld('api', api);
