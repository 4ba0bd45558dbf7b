import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isTrustedSender,
  secureWebPreferences,
} from '../../../src/main/security';

const APP = 'file:///opt/Amicus/resources/app/out/renderer/index.html';

/** Records what Electron would be told, without the Electron binary. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: (() => { action: string }) | undefined;
  return {
    on: vi.fn(
      (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners.set(name, listener);
      },
    ),
    setWindowOpenHandler: vi.fn((handler: () => { action: string }) => {
      openHandler = handler;
    }),
    emit(name: string, url?: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: () => openHandler?.(),
  };
}

describe('window security', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/preload.js')).toMatchObject({
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

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, APP);
    expect(contents.emit('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', APP)).toBe(false);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.open()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, and sends the CSP with every response', () => {
    let requestHandler:
      ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      webRequest: {
        onHeadersReceived: (handler: typeof headersHandler) => (headersHandler = handler),
      },
    } as never);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
    const answer = vi.fn();
    headersHandler?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, answer);
    expect(answer.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('has a strict CSP: own scripts only, nothing remote, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('trusts IPC only from the app’s own top frame', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: APP, parent: {} as never }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(
      isTrustedSender({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173'),
    ).toBe(true);
    expect(
      isTrustedSender({ url: 'http://localhost:5174/', parent: null }, 'http://localhost:5173'),
    ).toBe(false);
  });
});
