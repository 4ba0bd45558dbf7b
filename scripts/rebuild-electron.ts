import { spawnSync } from 'node:child_process';
import { electronRebuildArgs, installedElectronVersion } from './electron-target';

const version = installedElectronVersion();
console.log(`Rebuilding better-sqlite3 for Electron ${version}`);
// Windows runs npm as npm.cmd, which Node only spawns through a shell.
const result = spawnSync('npm', electronRebuildArgs(version), {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
