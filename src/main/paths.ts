import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** The per-user folder Amicus keeps its library in, where each platform expects app data. */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Amicus');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Amicus');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Amicus');
}

/** Reads `--name value` or `--name=value` from a command line. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** `--data-dir` wins over `AMICUS_DATA_DIR`, which wins over the platform's default. */
export function resolveDataDir(argv: readonly string[], env = process.env): string {
  const chosen = argValue(argv, 'data-dir') ?? env.AMICUS_DATA_DIR;
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env);
}
