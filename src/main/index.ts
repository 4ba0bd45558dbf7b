import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { writeFileAtomic } from './export/atomic-write';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { LibrarySession } from './library/session';
import { createLog } from './log';
import { resolveDataDir } from './paths';
import {
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
} from './security';

let librarySession: LibrarySession | undefined;

function appUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer && !app.isPackaged
    ? devServer
    : pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Amicus',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenWebContents(window.webContents, appUrl());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl());
  return window;
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv);
  const log = createLog(dataDir);
  // A library that cannot be used leaves the session unavailable: the window then says why and
  // offers its backups, rather than the app refusing to start.
  librarySession = new LibrarySession(dataDir, log);
  librarySession.open();

  hardenSession(session.defaultSession);
  const handlers = createHandlers(librarySession, {
    async deliverDocx(fileName, bytes) {
      const window = BrowserWindow.getFocusedWindow();
      const options = {
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      await writeFileAtomic(choice.filePath, bytes);
      shell.showItemInFolder(choice.filePath);
      return { kind: 'saved', path: choice.filePath };
    },
  });
  registerIpc(ipcMain, handlers, (event) => isTrustedSender(event.senderFrame, appUrl()), log);
  createWindow();
}

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
