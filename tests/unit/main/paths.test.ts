import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argValue, defaultDataDir, resolveDataDir } from '../../../src/main/paths';

describe('data folder', () => {
  it('prefers --data-dir, then AMICUS_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir', 'a'], { AMICUS_DATA_DIR: 'b' })).toBe(resolve('a'));
    expect(resolveDataDir(['--data-dir=c'], {})).toBe(resolve('c'));
    expect(resolveDataDir([], { AMICUS_DATA_DIR: 'b' })).toBe(resolve('b'));
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/x' })).toBe(
      defaultDataDir(process.platform, { XDG_CONFIG_HOME: '/x' }),
    );
  });

  it('uses each platform’s app-data folder', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toMatch(
      /Roaming.Amicus$/,
    );
    expect(defaultDataDir('darwin', {})).toMatch(/Library.Application Support.Amicus$/);
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe(
      '/home/a/.config/Amicus',
    );
  });

  it('reads flags in both spellings', () => {
    expect(argValue(['--port', '8080'], 'port')).toBe('8080');
    expect(argValue(['--port=0'], 'port')).toBe('0');
    expect(argValue(['--portable'], 'port')).toBeUndefined();
  });
});
