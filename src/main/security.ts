import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron';

/**
 * The page may load only its own scripts and styles and talk only to its own origin: no remote
 * content, no inline script, no plugins, no framing. Confidential drafts never leave the machine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** `devTools` is for development: a packaged app has none. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools,
    // Chromium's spellchecker sends no text anywhere; hardenSession stops its dictionary downloads.
    spellcheck: true,
  };
}

/**
 * True when a URL belongs to the app's own page: same scheme and host (with port) as the page.
 * Compared by parts, not by `origin`: a custom scheme's origin is "null" in Node's URL, and
 * "null" would equal every other custom scheme's.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && app.host !== '';
  } catch {
    return false;
  }
}

/** Only the app's own top frame may call the API. */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null,
  appUrl: string,
): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the app in any frame, no new windows, no webviews. Applied to every
 * webContents as it is created (app's `web-contents-created`), so ones made later are covered.
 */
export function hardenWebContents(contents: HardenableContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  // will-navigate sees only the main frame; an iframe's navigation arrives here.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Schemes that never reach the network: inline data, in-memory blobs, DevTools' own pages. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * What the session may request: the app's own page and files, local schemes, and in development
 * the dev server's hot-reload socket. Everything else is cancelled in the main process, where a
 * page that ignored its CSP could not lift the rule.
 */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  if (isAppUrl(url, appUrl)) return true;
  try {
    const target = new URL(url);
    if (LOCAL_SCHEMES.has(target.protocol)) return true;
    const app = new URL(appUrl);
    return app.protocol === 'http:' && target.protocol === 'ws:' && target.host === app.host;
  } catch {
    return false;
  }
}

type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'webRequest'
>;

export interface SessionPolicy {
  /** The page the window loads; requests elsewhere are cancelled. */
  appUrl: string;
  /**
   * Where Chromium may fetch spellchecker dictionaries: a URL on the app's own scheme, which
   * serves none. On Windows and Linux Chromium's Hunspell dictionaries are otherwise downloaded
   * from Google as soon as the session exists, whether or not a window spellchecks (macOS uses
   * the system spellchecker, downloads nothing, and ignores this).
   */
  dictionaryUrl: string;
}

/**
 * Every permission (camera, notifications, geolocation, HID/USB/serial devices...) is refused;
 * spellchecker dictionaries are never downloaded; every request outside the app is cancelled;
 * every response gets the CSP. Call it from app's `session-created`: Chromium starts loading
 * dictionaries as the session is created and reads the download URL only once its file lookup
 * comes back, a later task.
 */
export function hardenSession(session: HardenableSession, policy: SessionPolicy): void {
  session.setSpellCheckerDictionaryDownloadURL(policy.dictionaryUrl);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy.appUrl) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
