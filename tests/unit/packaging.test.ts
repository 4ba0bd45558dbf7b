import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import config, { afterPack, fuses } from '../../electron-builder';

// No installer can be built here (electron-builder downloads Electron itself): these tests read
// the configuration the build machine will use.

interface Glob {
  match(path: string): boolean;
}

// The glob matcher electron-builder itself matches `files` and `asarUnpack` with, and its options.
const builderRequire = createRequire(
  createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
);
const { Minimatch } = builderRequire('minimatch') as {
  Minimatch: new (pattern: string, options: { dot: boolean }) => Glob;
};
const glob = (pattern: string) => new Minimatch(pattern, { dot: true });

const NATIVE_MODULE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

describe('installers', () => {
  it('are built for Windows (NSIS), macOS (dmg) and Linux (AppImage and deb)', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('never publish anything, and an uninstall keeps the library', () => {
    expect(config.publish).toBeNull();
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('pack the app into an asar with better-sqlite3’s native module unpacked', () => {
    expect(config.asar).toBe(true);
    const unpack = (config.asarUnpack as string[]).map(glob);
    expect(unpack.some((pattern) => pattern.match(NATIVE_MODULE))).toBe(true);
    expect(unpack.some((pattern) => pattern.match('out/main/index.js'))).toBe(false);
  });

  it('keep the native module and its loader, and leave its build leftovers out', () => {
    const files = config.files as string[];
    const excluded = (path: string) =>
      files.filter((p) => p.startsWith('!')).some((p) => glob(p.slice(1)).match(path));
    expect(excluded(NATIVE_MODULE)).toBe(false);
    expect(excluded('node_modules/better-sqlite3/lib/database.js')).toBe(false);
    expect(excluded('node_modules/better-sqlite3/package.json')).toBe(false);
    expect(excluded('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(true);
    expect(excluded('node_modules/better-sqlite3/build/Release/obj.target/x.o')).toBe(true);
    expect(excluded('node_modules/better-sqlite3/build/Release/test_extension.node')).toBe(true);
    const included = (path: string) =>
      files.filter((p) => !p.startsWith('!')).some((p) => glob(p).match(path));
    expect(included('out/main/index.js')).toBe(true);
    expect(included('out/renderer/index.html')).toBe(true);
    expect(included('src/main/index.ts')).toBe(false);
    expect(included('tests/unit/packaging.test.ts')).toBe(false);
  });
});

describe('Electron’s fuses', () => {
  it('are set as the issue asks, and file:// gets no extra privileges', () => {
    expect(fuses('linux', Arch.x64)).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('re-sign an arm64 Mac binary ad hoc after flipping, and only that', () => {
    expect(fuses('darwin', Arch.arm64).resetAdHocDarwinSignature).toBe(true);
    expect(fuses('darwin', Arch.x64).resetAdHocDarwinSignature).toBe(false);
    expect(fuses('win32', Arch.arm64).resetAdHocDarwinSignature).toBe(false);
  });

  it('are flipped in the afterPack hook, on the packed app’s own binary', async () => {
    expect(config.afterPack).toBe(afterPack);
    const addElectronFuses = vi.fn(async () => 1);
    const context = {
      electronPlatformName: 'win32',
      arch: Arch.x64,
      appOutDir: 'dist/win-unpacked',
      packager: { addElectronFuses },
    } as unknown as AfterPackContext;
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, fuses('win32', Arch.x64));
  });
});
