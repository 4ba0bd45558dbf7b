import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/channels';
import { tempDir } from '../../helpers/temp-library';

// Electron's binary cannot run here: its module is replaced by a recorder of what main asks of it.
const electron = vi.hoisted(() => {
  const windows: {
    options: Record<string, unknown>;
    contents: { handlers: Map<string, unknown>; openHandler?: () => unknown };
  }[] = [];
  const ready: { resolve?: () => void; promise?: Promise<void> } = {};
  ready.promise = new Promise<void>((resolve) => (ready.resolve = resolve));
  const appListeners = new Map<string, () => void>();
  class BrowserWindow {
    webContents = {
      handlers: new Map<string, unknown>(),
      openHandler: undefined as undefined | (() => unknown),
      on(name: string, handler: unknown) {
        this.handlers.set(name, handler);
      },
      setWindowOpenHandler(handler: () => unknown) {
        this.openHandler = handler;
      },
    };
    constructor(options: Record<string, unknown>) {
      windows.push({ options, contents: this.webContents });
    }
    once() {}
    loadURL = vi.fn(async () => undefined);
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
  }
  return {
    windows,
    ready,
    appListeners,
    handled: new Map<string, unknown>(),
    session: {
      permissionRequest: undefined as unknown,
      permissionCheck: undefined as unknown,
      headers: undefined as unknown,
    },
    BrowserWindow,
  };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => electron.ready.promise,
    on: (name: string, listener: () => void) => electron.appListeners.set(name, listener),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: () => '/tmp',
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
  ipcMain: {
    handle: (channel: string, handler: unknown) => electron.handled.set(channel, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: unknown) =>
        (electron.session.permissionRequest = handler),
      setPermissionCheckHandler: (handler: unknown) => (electron.session.permissionCheck = handler),
      webRequest: { onHeadersReceived: (handler: unknown) => (electron.session.headers = handler) },
    },
  },
}));

afterAll(() => electron.appListeners.get('will-quit')?.());

describe('Electron main process', () => {
  it('opens one locked-down window, hardens the session and registers every channel', async () => {
    process.argv.push('--data-dir', tempDir());
    await import('../../../src/main/index');
    electron.ready.resolve?.();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    const [window] = electron.windows;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(window!.contents.handlers.has('will-navigate')).toBe(true);
    expect(window!.contents.openHandler?.()).toEqual({ action: 'deny' });
    expect(electron.session.permissionRequest).toBeTypeOf('function');
    expect(electron.session.permissionCheck).toBeTypeOf('function');
    expect(electron.session.headers).toBeTypeOf('function');
    expect([...electron.handled.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers IPC from the app’s own page and refuses it from any other frame', async () => {
    const search = electron.handled.get('library:search') as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
    const appPage = pathToFileURL(join(process.cwd(), 'src/renderer/index.html')).href;
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await search(from('https://evil.example/'), { text: '' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await search(from(appPage, {}), { text: '' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await search(from(appPage), { text: 'gatimi' })).toMatchObject({ ok: true });
  });
});
