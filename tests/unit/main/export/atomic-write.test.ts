import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFailure } from '../../../../src/main/export/atomic-write';
import { tempDir } from '../../../helpers/temp-library';
import { CAN_MOUNT, makeReadOnly, tinyDisk } from '../../../helpers/tmpfs';

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

const load = () => import('../../../../src/main/export/atomic-write');
const bytes = (text: string) => new TextEncoder().encode(text);
/** 64 KB that does not compress: more than a tiny disk holds. */
const large = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251);

/** What a failed export may never show: a system code or the temporary file. */
function expectPlain(message: string): void {
  expect(message).not.toMatch(/\bE[A-Z]{3,}\b|\.tmp\b|amicus-\d+/);
}

describe('writeFileAtomic', () => {
  it('replaces the target whole and leaves no temporary file', async () => {
    const { writeFileAtomic } = await load();
    const dir = tempDir();
    const target = join(dir, 'Brief.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['Brief.docx']);
  });

  it('gives the file the permissions asked for from its creation (a library file: its owner’s)', async () => {
    const { writeFileAtomic } = await load();
    const target = join(tempDir(), 'Library.amicus-library.json');
    await writeFileAtomic(target, bytes('{}'), 0o600);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('leaves the old file intact when it is held open, and offers another name in its folder', async () => {
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof FsPromises>();
      return {
        ...actual,
        rename: async () => {
          throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
        },
      };
    });
    const { writeFileAtomic } = await load();
    const dir = tempDir();
    const target = join(dir, 'Brief.docx');
    writeFileSync(target, 'the good copy');
    const attempt = writeFileAtomic(target, bytes('new'));
    await expect(attempt).rejects.toThrow(
      /^Brief\.docx could not be replaced: it is open in another program \(Word, perhaps\) or locked\. Close it and export again, or save it as Brief \(\d{8}-\d{4}\)\.docx\.$/,
    );
    expect(readFileSync(target, 'utf8')).toBe('the good copy');
    expect(readdirSync(dir)).toEqual(['Brief.docx']);
  });

  it('says the folder is missing, and where to save instead, creating nothing', async () => {
    const { writeFileAtomic } = await load();
    const folder = join(tempDir(), 'missing');
    const attempt = writeFileAtomic(join(folder, 'Brief.docx'), bytes('new'));
    await expect(attempt).rejects.toThrow(
      `The folder ${folder} does not exist (it may have been moved, or its drive disconnected), so Brief.docx was not saved. Export it again to a folder you can write to, such as your Documents folder.`,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('says the target is a folder, leaving the folder as it was and nothing beside it', async () => {
    const { writeFileAtomic } = await load();
    const dir = tempDir();
    const target = join(dir, 'Brief.docx');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow(
      `${target} is a folder, so the document was not saved. Export it again and choose a file name, not a folder.`,
    );
    expect(readdirSync(dir)).toEqual(['Brief.docx']);
    expect(readdirSync(target)).toEqual(['inside.txt']);
  });

  it.skipIf(!CAN_MOUNT)(
    'says the disk is full, keeps the earlier copy and leaves no temporary file (a 32 KB disk)',
    async () => {
      const { writeFileAtomic } = await load();
      const disk = tinyDisk(32);
      const target = join(disk, 'Brief.docx');
      writeFileSync(target, 'the good copy');
      const attempt = writeFileAtomic(target, large);
      await expect(attempt).rejects.toThrow(
        'The disk is full, so Brief.docx was not saved (any earlier copy is intact). Free some space, or export it to another disk.',
      );
      expect(readFileSync(target, 'utf8')).toBe('the good copy');
      expect(readdirSync(disk)).toEqual(['Brief.docx']);
    },
  );

  it.skipIf(!CAN_MOUNT)(
    'says the disk is read-only and suggests another folder, not another name there',
    async () => {
      const { writeFileAtomic } = await load();
      const disk = tinyDisk(64);
      const target = join(disk, 'Brief.docx');
      writeFileSync(target, 'the good copy');
      makeReadOnly(disk);
      const attempt = writeFileAtomic(target, bytes('new'));
      await expect(attempt).rejects.toThrow(
        `The folder ${disk} is on a read-only disk, so Brief.docx was not saved. Export it again to a folder you can write to, such as your Documents folder.`,
      );
      expect(readFileSync(target, 'utf8')).toBe('the good copy');
    },
  );

  it('removes temporary files that killed exports left in the folder, and no others', async () => {
    const { writeFileAtomic } = await load();
    const dir = tempDir();
    // A process id that has just exited, as a killed export's has.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const temporary = (pid: number, hex: string) => `.Brief.docx.amicus-${pid}-${hex}.tmp`;
    const files = {
      killed: temporary(gone, 'a1b2c3d4e5f6'),
      writing: temporary(process.pid, '0123456789ab'),
      dayOld: temporary(process.pid, 'ba9876543210'),
      notOurs: '.Brief.docx.a1b2c3d4e5f6.tmp',
      other: 'Notes.docx',
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    utimesSync(join(dir, files.dayOld), yesterday, yesterday);

    await writeFileAtomic(join(dir, 'Brief.docx'), bytes('new'));
    expect(readdirSync(dir).sort()).toEqual(
      ['Brief.docx', files.writing, files.notOurs, files.other].sort(),
    );
  });
});

describe('exportFailure', () => {
  const target = '/home/counsel/Briefs/Cece.docx';
  const codes = [
    'ENOSPC',
    'EDQUOT',
    'ENOENT',
    'ENOTDIR',
    'EISDIR',
    'EROFS',
    'EACCES',
    'EPERM',
    'EBUSY',
    'EIO',
    undefined,
  ];

  it('says what happened in words, naming the document and never the system’s code', () => {
    for (const code of codes) {
      for (const replacing of [false, true]) {
        const { message } = exportFailure(code, target, replacing);
        expectPlain(message);
        expect(message, code).toMatch(/Cece\.docx/);
      }
    }
  });

  it('points a folder that refuses files to another folder, never to another name in it', () => {
    for (const code of ['ENOENT', 'ENOTDIR', 'EROFS', 'EACCES', 'EPERM', 'EBUSY', 'EIO']) {
      const { message } = exportFailure(code, target, false);
      expect(message, code).toContain('/home/counsel/Briefs');
      expect(message, code).toMatch(/such as your Documents folder\.$/);
      expect(message, code).not.toMatch(/save it as/);
    }
  });

  it('offers another name in the same folder only when the folder took the new file', () => {
    for (const code of ['EACCES', 'EPERM', 'EBUSY']) {
      expect(exportFailure(code, target, true).message, code).toMatch(
        /^Cece\.docx could not be replaced: .* save it as Cece \(\d{8}-\d{4}\)\.docx\.$/,
      );
    }
  });
});
