import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Electron's binary cannot be downloaded here, so electron-builder packs the built app around a
// stand-in executable that carries only a fuse wire, in the layout of a real Electron's. What
// this checks is ours: what goes into app.asar, what is unpacked, and the fuses the afterPack
// hook flips. Installers and a running packaged app need a machine with Electron (see README).

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** As Electron ships: RunAsNode on, cookies plain, NODE_OPTIONS and --inspect honoured, etc. */
const DEFAULT_WIRE = '10110001';

interface Asar {
  listPackage(archive: string): string[];
  extractFile(archive: string, file: string): Buffer;
}
// The asar reader electron-builder itself packs with.
const builderRequire = createRequire(
  createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
);
const asar = builderRequire('@electron/asar') as Asar;

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

function fuseWire(executable: string): string {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

let work: string;
let unpacked: string;
let packed: { code: number | null; output: string };

beforeAll(async () => {
  if (!existsSync('out/main/index.js')) throw new Error('Build the app first (npm run build).');
  work = mkdtempSync(join(tmpdir(), 'amicus-package-'));
  const fakeElectron = join(work, 'electron-dist');
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
  writeFileSync(
    join(fakeElectron, 'electron'),
    Buffer.concat([
      Buffer.from(SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(fakeElectron, 'LICENSE'), 'stand-in');
  const output = join(work, 'dist');
  packed = await run(process.execPath, [
    'node_modules/electron-builder/cli.js',
    '--dir',
    '--linux',
    '--publish',
    'never',
    `-c.electronDist=${fakeElectron}`,
    `-c.directories.output=${output}`,
  ]);
  unpacked = join(output, 'linux-unpacked');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packaged app (Linux directory build, stand-in Electron)', () => {
  it('packs', () => {
    expect(packed.code, packed.output).toBe(0);
  });

  it('has the fuses flipped: no RunAsNode, NODE_OPTIONS or --inspect; asar only and checked', () => {
    // 0 off, 1 on, in FuseV1Options order; the V8 snapshot fuse is left as Electron ships it.
    expect(fuseWire(join(unpacked, 'amicus'))).toBe('01001100');
  });

  it('holds the built app in app.asar and nothing of the sources or tests', () => {
    const archive = join(unpacked, 'resources', 'app.asar');
    const files = asar.listPackage(archive).map((file) => file.replaceAll('\\', '/'));
    for (const file of ['/package.json', '/out/main/index.js', '/out/renderer/index.html'])
      expect(files, file).toContain(file);
    expect(files.some((file) => /^\/(src|tests|resources|scripts)\//.test(file))).toBe(false);
    expect(files).not.toContain('/node_modules/better-sqlite3/deps/sqlite3/sqlite3.c');
    // A production bundle: the dev server's address is never read.
    expect(asar.extractFile(archive, 'out/main/index.js').toString()).not.toContain(
      'ELECTRON_RENDERER_URL',
    );
  });

  it('unpacks better-sqlite3’s native module beside the archive', () => {
    const native = join(
      unpacked,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(existsSync(native)).toBe(true);
  });
});
