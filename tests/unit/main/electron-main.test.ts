import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/channels';
import { tempDir } from '../../helpers/temp-library';
import { SLOW_TEST_TIMEOUT } from '../../helpers/timeouts';

type Listener = (...args: unknown[]) => void;

/** What main told one session, by method name, and in which order. */
interface FakeSession {
  calls: string[];
  given: Record<string, unknown>;
}

interface FakeContents {
  handlers: Map<string, unknown>;
  openHandler?: () => unknown;
  on(name: string, handler: unknown): void;
  setWindowOpenHandler(handler: () => unknown): void;
}

// Electron's binary cannot run here: its module is replaced by a recorder of what main asks of it.
const electron = vi.hoisted(() => {
  const state = {
    packaged: false,
    windows: [] as { options: Record<string, unknown>; url?: string; contents: FakeContents }[],
    ready: {} as { resolve?: () => void; promise?: Promise<void> },
    appListeners: new Map<string, Listener>(),
    handled: new Map<string, unknown>(),
    privilegedSchemes: [] as unknown[],
    defaultSession: undefined as FakeSession | undefined,
  };
  const fakeContents = (): FakeContents => ({
    handlers: new Map<string, unknown>(),
    on(name, handler) {
      this.handlers.set(name, handler);
    },
    setWindowOpenHandler(handler) {
      this.openHandler = handler;
    },
  });
  class BrowserWindow {
    webContents = fakeContents();
    record: (typeof state.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, contents: this.webContents };
      state.windows.push(this.record);
      // As Electron does for every webContents it makes.
      state.appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    once() {}
    loadURL = vi.fn(async (url: string) => {
      this.record.url = url;
    });
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
  }
  const fakeSession = () => {
    const recorded: FakeSession = { calls: [], given: {} };
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        recorded.calls.push(name);
        recorded.given[name] = args.length > 1 ? args : args[0];
      };
    return Object.assign(recorded, {
      setSpellCheckerDictionaryDownloadURL: record('setSpellCheckerDictionaryDownloadURL'),
      setPermissionRequestHandler: record('setPermissionRequestHandler'),
      setPermissionCheckHandler: record('setPermissionCheckHandler'),
      setDevicePermissionHandler: record('setDevicePermissionHandler'),
      webRequest: {
        onBeforeRequest: record('onBeforeRequest'),
        onHeadersReceived: record('onHeadersReceived'),
      },
      protocol: { handle: record('protocol.handle') },
    });
  };
  return { state, fakeContents, fakeSession, BrowserWindow };
});

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return electron.state.packaged;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => electron.state.ready.promise,
    on: (name: string, listener: Listener) => electron.state.appListeners.set(name, listener),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: () => '/tmp',
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
  ipcMain: {
    handle: (channel: string, handler: unknown) => electron.state.handled.set(channel, handler),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) =>
      electron.state.privilegedSchemes.push(...schemes),
  },
  session: {
    // Created on first use, emitting session-created before the getter returns, as Electron's
    // Session::FromOrCreate does.
    get defaultSession() {
      if (!electron.state.defaultSession) {
        electron.state.defaultSession = electron.fakeSession();
        electron.state.appListeners.get('session-created')?.(electron.state.defaultSession);
      }
      return electron.state.defaultSession;
    },
  },
}));

const argv = [...process.argv];
// electron-vite declares this variable read-only for app code; the test plays the dev server that sets it.
const environment: Record<string, string | undefined> = process.env;

/** Loads main afresh as Electron would start it, and waits for its window. */
async function launch(options: { packaged: boolean; rendererUrl?: string }) {
  const { state } = electron;
  state.packaged = options.packaged;
  state.windows.length = 0;
  state.appListeners.clear();
  state.handled.clear();
  state.privilegedSchemes.length = 0;
  state.defaultSession = undefined;
  state.ready.promise = new Promise<void>((resolve) => (state.ready.resolve = resolve));
  if (options.rendererUrl) environment.ELECTRON_RENDERER_URL = options.rendererUrl;
  process.argv = [...argv, '--data-dir', tempDir()];

  vi.resetModules();
  await import('../../../src/main/index');
  // Registered before `ready`, as Chromium requires.
  expect(state.privilegedSchemes).toHaveLength(1);
  expect(state.windows).toHaveLength(0);
  state.ready.resolve?.();
  // Opening and seeding the library takes what it takes on a busy machine: poll, generously.
  await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: SLOW_TEST_TIMEOUT });
  return state.windows[0]!;
}

afterEach(() => {
  electron.state.appListeners.get('will-quit')?.();
  delete environment.ELECTRON_RENDERER_URL;
  process.argv = [...argv];
});

// Each case loads the whole main process afresh.
describe('Electron main process', { timeout: SLOW_TEST_TIMEOUT }, () => {
  it('opens one locked-down window on app://, hardens the session and registers every channel', async () => {
    const window = await launch({ packaged: false });
    const { state } = electron;

    expect(state.privilegedSchemes[0]).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(window.url).toBe('app://amicus/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: true,
    });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'])
      expect(window.contents.handlers.has(event), event).toBe(true);
    expect(window.contents.openHandler?.()).toEqual({ action: 'deny' });

    // Hardened as it was created, the dictionary URL first, before main used it for anything.
    const { calls, given } = state.defaultSession!;
    expect(calls[0]).toBe('setSpellCheckerDictionaryDownloadURL');
    expect(given.setSpellCheckerDictionaryDownloadURL).toMatch(/^app:\/\/amicus\//);
    expect(calls.indexOf('protocol.handle')).toBe(calls.length - 1);
    for (const name of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'onBeforeRequest',
      'onHeadersReceived',
    ])
      expect(given[name], name).toBeTypeOf('function');
    expect((given['protocol.handle'] as unknown[])[0]).toBe('app');
    expect([...state.handled.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('guards sessions and webContents created later, not only the first window’s', async () => {
    await launch({ packaged: false });
    const laterSession = electron.fakeSession();
    electron.state.appListeners.get('session-created')?.(laterSession);
    expect(laterSession.calls).toContain('setSpellCheckerDictionaryDownloadURL');
    expect(laterSession.calls).toContain('onBeforeRequest');
    expect(laterSession.calls).toContain('setPermissionRequestHandler');

    const later = electron.fakeContents();
    electron.state.appListeners.get('web-contents-created')?.({}, later);
    expect(later.handlers.has('will-navigate')).toBe(true);
    expect(later.handlers.has('will-frame-navigate')).toBe(true);
    expect(later.handlers.has('will-attach-webview')).toBe(true);
    expect(later.openHandler?.()).toEqual({ action: 'deny' });
  });

  it('answers IPC from the app’s own page and refuses it from any other frame', async () => {
    await launch({ packaged: false });
    const search = electron.state.handled.get('library:search') as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    expect(await search(from('https://evil.example/'), { text: '' })).toMatchObject(forbidden);
    expect(await search(from('file:///opt/Amicus/index.html'), { text: '' })).toMatchObject(
      forbidden,
    );
    expect(await search(from('app://amicus/index.html', {}), { text: '' })).toMatchObject(
      forbidden,
    );
    expect(await search(from('app://amicus/index.html'), { text: 'gatimi' })).toMatchObject({
      ok: true,
    });
  });

  it('saves an exported library where the user chose, readable by its owner alone', async () => {
    await launch({ packaged: false });
    const target = join(tempDir(), 'Library.amicus-library.json');
    const { dialog } = await import('electron');
    vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: target });
    const exportLibrary = electron.state.handled.get('library:export') as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
    const page = { senderFrame: { url: 'app://amicus/index.html', parent: null } };
    expect(await exportLibrary(page, {})).toMatchObject({
      ok: true,
      value: { delivery: { kind: 'saved', path: target } },
    });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'amicus-library' });
  });

  it('uses the dev server only unpackaged, and a packaged app has no DevTools', async () => {
    const dev = await launch({ packaged: false, rendererUrl: 'http://localhost:5173/' });
    expect(dev.url).toBe('http://localhost:5173/');

    electron.state.appListeners.get('will-quit')?.();
    const packaged = await launch({ packaged: true, rendererUrl: 'http://localhost:5173/' });
    expect(packaged.url).toBe('app://amicus/index.html');
    expect(packaged.options.webPreferences).toMatchObject({ devTools: false });
  });
});
