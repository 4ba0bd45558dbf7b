import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The version of the electron package installed for the project in `projectDir`: the Electron
 * that `electron-vite` runs and electron-builder packages, so the native module is built for it.
 */
export function installedElectronVersion(projectDir = process.cwd()): string {
  const require = createRequire(join(projectDir, 'package.json'));
  return (require('electron/package.json') as { version: string }).version;
}

/** npm's arguments to rebuild better-sqlite3 against Electron `version`'s headers and ABI. */
export function electronRebuildArgs(version: string): string[] {
  return [
    'rebuild',
    'better-sqlite3',
    '--runtime=electron',
    `--target=${version}`,
    '--disturl=https://electronjs.org/headers',
  ];
}
