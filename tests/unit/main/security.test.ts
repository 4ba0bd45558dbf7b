import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../src/main/security';

const APP = 'app://amicus/index.html';
const DEV_SERVER = 'http://localhost:5173/';

type NavigationListener = (event: { url?: string; preventDefault(): void }) => void;

/** Records what Electron would be told, without the Electron binary. */
function fakeContents() {
  const listeners = new Map<string, NavigationListener>();
  let openHandler: (() => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, listener: NavigationListener) => {
      listeners.set(name, listener);
    }),
    setWindowOpenHandler: vi.fn((handler: () => { action: string }) => {
      openHandler = handler;
    }),
    /** True when the listener prevented the navigation. */
    emit(name: string, url?: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    open: () => openHandler?.(),
  };
}

type RequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

function fakeSession() {
  const recorded = {
    dictionaryUrl: undefined as string | undefined,
    request: undefined as
      ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined,
    check: undefined as (() => boolean) | undefined,
    device: undefined as (() => boolean) | undefined,
    beforeRequest: undefined as RequestListener | undefined,
    headers: undefined as
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | undefined,
  };
  const session = {
    setSpellCheckerDictionaryDownloadURL: (url: string) => (recorded.dictionaryUrl = url),
    setPermissionRequestHandler: (handler: typeof recorded.request) => (recorded.request = handler),
    setPermissionCheckHandler: (handler: typeof recorded.check) => (recorded.check = handler),
    setDevicePermissionHandler: (handler: typeof recorded.device) => (recorded.device = handler),
    webRequest: {
      onBeforeRequest: (handler: RequestListener) => (recorded.beforeRequest = handler),
      onHeadersReceived: (handler: typeof recorded.headers) => (recorded.headers = handler),
    },
  };
  const cancels = (url: string) => {
    const callback = vi.fn();
    recorded.beforeRequest?.({ url }, callback);
    return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
  };
  return { session, recorded, cancels };
}

describe('window security', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/preload.js', false)).toMatchObject({
      preload: '/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('turns DevTools off when asked (a packaged app) and on only for development', () => {
    expect(secureWebPreferences('/preload.js', false).devTools).toBe(false);
    expect(secureWebPreferences('/preload.js', true).devTools).toBe(true);
  });

  it('denies navigation away from the app in any frame, new windows and webviews', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, APP);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.emit(event, 'https://example.org/')).toBe(true);
      expect(contents.emit(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.emit(event, 'http://127.0.0.1:9/')).toBe(true);
      expect(contents.emit(event, 'app://evil/index.html')).toBe(true);
      expect(contents.emit(event, APP)).toBe(false);
      expect(contents.emit(event, 'app://amicus/index.html#brief')).toBe(false);
    }
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.open()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, and every device', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session as never, { appUrl: APP, dictionaryUrl: 'app://amicus/dictionaries/' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      recorded.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(recorded.check?.()).toBe(false);
    expect(recorded.device?.()).toBe(false);
  });

  it('sends the CSP with every response', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session as never, { appUrl: APP, dictionaryUrl: 'app://amicus/dictionaries/' });
    const answer = vi.fn();
    recorded.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, answer);
    expect(answer.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('points the spellchecker’s dictionary downloads at the app itself, never the network', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session as never, { appUrl: APP, dictionaryUrl: 'app://amicus/dictionaries/' });
    expect(recorded.dictionaryUrl).toBe('app://amicus/dictionaries/');
  });

  it('cancels every request that is not the app’s own', () => {
    const { session, cancels } = fakeSession();
    hardenSession(session as never, { appUrl: APP, dictionaryUrl: 'app://amicus/dictionaries/' });
    expect(cancels('app://amicus/assets/index.js')).toBe(false);
    expect(cancels('data:image/png;base64,AAAA')).toBe(false);
    expect(cancels('blob:app://amicus/1234')).toBe(false);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'evil://amicus/index.html',
      'not a url',
    ])
      expect(cancels(url), url).toBe(true);
  });

  it('in development allows the dev server and its hot-reload socket, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV_SERVER)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', DEV_SERVER)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5174/', DEV_SERVER)).toBe(false);
    expect(isAllowedRequest('https://localhost:5173/', DEV_SERVER)).toBe(false);
    expect(isAllowedRequest('ws://amicus/', APP)).toBe(false);
  });

  it('has a strict CSP: own scripts only, nothing remote, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  // Node gives every custom scheme the opaque origin "null"; comparing origins would let any
  // custom-scheme page pass for the app's.
  it('matches the app’s custom scheme by scheme and host, not by its opaque origin', () => {
    expect(new URL(APP).origin).toBe(new URL('evil://x/').origin);
    expect(isAppUrl('evil://x/', APP)).toBe(false);
    expect(isAppUrl('app://amicus/assets/index.js', APP)).toBe(true);
    expect(isAppUrl('app://amicus.evil/', APP)).toBe(false);
  });

  it('trusts IPC only from the app’s own top frame', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: APP, parent: {} as never }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, DEV_SERVER)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, DEV_SERVER)).toBe(
      false,
    );
  });
});
