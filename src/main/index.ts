import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { removeStaleTemporaries, writeFileAtomic } from './export/atomic-write';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { openLibrary, type Library } from './library';
import { seedDemoLibrary } from './library/seed';
import { LIBRARY_FILE_NAME, resolveDataDir } from './paths';
import {
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
} from './security';

let library: Library | undefined;

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
  mkdirSync(dataDir, { recursive: true });
  try {
    library = openLibrary(join(dataDir, LIBRARY_FILE_NAME));
  } catch (error) {
    dialog.showErrorBox(
      'Amicus cannot open its library',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  seedDemoLibrary(library);
  // Exports save to Documents unless the attorney chooses otherwise: clear what one killed
  // midway left there (other folders are cleared when an export next goes to them).
  void removeStaleTemporaries(app.getPath('documents'));

  hardenSession(session.defaultSession);
  const handlers = createHandlers(library, {
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
  registerIpc(ipcMain, handlers, (event) => isTrustedSender(event.senderFrame, appUrl()));
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
  app.on('will-quit', () => library?.close());
  void app.whenReady().then(start);
}
