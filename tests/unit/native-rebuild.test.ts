import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronRebuildArgs, installedElectronVersion } from '../../scripts/electron-target';
import { tempDir } from '../helpers/temp-library';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the native module for Electron', () => {
  it('is rebuilt for the Electron version installed, not one written in package.json', () => {
    const installed = (
      JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
        version: string;
      }
    ).version;
    expect(installedElectronVersion()).toBe(installed);

    const project = tempDir();
    writeFileSync(join(project, 'package.json'), '{}');
    mkdirSync(join(project, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(
      join(project, 'node_modules', 'electron', 'package.json'),
      JSON.stringify({ name: 'electron', version: '99.1.2' }),
    );
    expect(installedElectronVersion(project)).toBe('99.1.2');

    expect(electronRebuildArgs('99.1.2')).toEqual([
      'rebuild',
      'better-sqlite3',
      '--runtime=electron',
      '--target=99.1.2',
      '--disturl=https://electronjs.org/headers',
    ]);
  });

  it('is rebuilt by the desktop and packaging scripts, which name no version themselves', () => {
    const { scripts } = packageJson;
    expect(scripts['rebuild:electron']).toBe('tsx scripts/rebuild-electron.ts');
    for (const name of ['dev', 'start', 'package'])
      expect(scripts[name], name).toContain('npm run rebuild:electron');
    expect(scripts.package).toMatch(/electron-builder/);
    expect(Object.values(scripts).join('\n')).not.toMatch(/--target=\d/);
    // The tests load the Node build: an Electron rebuild never runs on install.
    expect(scripts.postinstall ?? '').not.toContain('electron');
  });
});
