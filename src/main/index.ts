/// <reference types="vite/client" />
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { removeStaleTemporaries, writeFileAtomic } from './export/atomic-write';
import type { FileDelivery } from '../shared/contract';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { LibrarySession } from './library/session';
import { createLog } from './log';
import { resolveDataDir } from './paths';
import {
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_DEFINITION,
  createAppProtocolHandler,
  rendererUrl,
} from './protocol';
import {
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
} from './security';

// Vite makes import.meta.env.DEV the constant false in every `electron-vite build`, so a
// production bundle never reads ELECTRON_RENDERER_URL at all.
const devServerUrl = import.meta.env.DEV ? process.env.ELECTRON_RENDERER_URL : undefined;
const APP_URL = rendererUrl(devServerUrl, app.isPackaged);

let librarySession: LibrarySession | undefined;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Amicus',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), !app.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

async function start(): Promise<void> {
  // Touching the default session creates it, and session-created hardens it.
  session.defaultSession.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(join(__dirname, '../renderer')),
  );

  const dataDir = resolveDataDir(process.argv);
  const log = createLog(dataDir);
  // A library that cannot be used leaves the session unavailable: the window then says why and
  // offers its backups, rather than the app refusing to start.
  librarySession = new LibrarySession(dataDir, log);
  librarySession.open();
  // Exports save to Documents unless the attorney chooses otherwise: clear what one killed
  // midway left there (other folders are cleared when an export next goes to them).
  void removeStaleTemporaries(app.getPath('documents'));

  /** Asks where to save an exported file, writes it there whole, and shows it in its folder. */
  const saveWithDialog = async (
    fileName: string,
    bytes: Uint8Array,
    filter: Electron.FileFilter,
    mode?: number,
  ): Promise<FileDelivery> => {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath('documents'), fileName), filters: [filter] };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
    await writeFileAtomic(choice.filePath, bytes, mode);
    shell.showItemInFolder(choice.filePath);
    return { kind: 'saved', path: choice.filePath };
  };
  const handlers = createHandlers(librarySession, {
    deliverDocx: (fileName, bytes) =>
      saveWithDialog(fileName, bytes, { name: 'Word document', extensions: ['docx'] }),
    // A library file can hold a client's confidential facts: its owner's alone, from creation.
    deliverLibraryFile: (fileName, bytes, format) =>
      saveWithDialog(
        fileName,
        bytes,
        format === 'amicus'
          ? { name: 'Amicus library', extensions: ['json'] }
          : { name: 'CSL-JSON (Zotero)', extensions: ['json'] },
        0o600,
      ),
  });
  registerIpc(ipcMain, handlers, (event) => isTrustedSender(event.senderFrame, APP_URL), log);
  createWindow();
}

// Privileges are fixed when Chromium starts, so this must come before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
// Every session is hardened as Electron creates it, synchronously, before any other code can
// use it: Chromium starts loading spellchecker dictionaries at that moment (see hardenSession).
app.on('session-created', (created) =>
  hardenSession(created, { appUrl: APP_URL, dictionaryUrl: `${APP_ORIGIN}/dictionaries/` }),
);
// Every webContents, including any created later (DevTools, a future dialog), gets the guards.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, APP_URL));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => librarySession?.close());
  void app.whenReady().then(start);
}
