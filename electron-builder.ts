import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';

/**
 * Electron's fuses, set in the packaged binary: no running it as plain Node, no NODE_OPTIONS or
 * --inspect to inject code, only the app's own integrity-checked app.asar, cookies encrypted,
 * and file:// without extra privileges (the app loads from app://).
 */
export function fuses(platform: string, arch: Arch): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping a fuse changes the binary; an unsigned arm64 Mac app must then be re-signed ad hoc
    // to launch at all.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === Arch.arm64,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Runs after packing and before signing, so the signature covers the flipped fuses. */
export async function afterPack(context: AfterPackContext): Promise<void> {
  // electron-builder's own flipper finds the executable, whose name and place differ per OS.
  await context.packager.addElectronFuses(
    context,
    fuses(context.electronPlatformName, context.arch),
  );
}

const betterSqlite = '**/node_modules/better-sqlite3';

const config: Configuration = {
  appId: 'org.amicus.desktop',
  productName: 'Amicus',
  directories: { output: 'dist' },
  // The built app only; production dependencies are added by electron-builder. better-sqlite3's
  // C sources and object files are build leftovers, not needed at run time.
  files: [
    'out/**/*',
    'package.json',
    `!${betterSqlite}/{deps,src}/**`,
    `!${betterSqlite}/build/Release/{obj,obj.target,.deps}/**`,
    `!${betterSqlite}/build/Release/{*.a,test_extension.node}`,
  ],
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: [`${betterSqlite}/**/*.node`],
  // `npm run package` rebuilds it for the installed Electron first (scripts/rebuild-electron.ts).
  npmRebuild: false,
  afterPack,
  // Nothing is uploaded anywhere, and the app has no updater to feed.
  publish: null,
  win: { target: ['nsis'] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The library lives in the app-data folder: uninstalling must never take it.
    deleteAppDataOnUninstall: false,
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
};

export default config;
