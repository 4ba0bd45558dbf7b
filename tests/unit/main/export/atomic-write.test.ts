import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../helpers/temp-library';

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

describe('writeFileAtomic', () => {
  it('replaces the target whole and leaves no temporary file', async () => {
    const { writeFileAtomic } = await import('../../../../src/main/export/atomic-write');
    const dir = tempDir();
    const target = join(dir, 'Brief.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['Brief.docx']);
  });

  it('leaves the old file intact when the write fails, and suggests another name when the target is busy', async () => {
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof FsPromises>();
      return {
        ...actual,
        rename: async () => {
          throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
        },
      };
    });
    const { writeFileAtomic, TargetBusyError } =
      await import('../../../../src/main/export/atomic-write');
    const dir = tempDir();
    const target = join(dir, 'Brief.docx');
    writeFileSync(target, 'the good copy');
    const attempt = writeFileAtomic(target, new TextEncoder().encode('new'));
    await expect(attempt).rejects.toBeInstanceOf(TargetBusyError);
    await expect(attempt).rejects.toThrow(/open in another program.*Brief \(\d{8}-\d{4}\)\.docx/);
    expect(readFileSync(target, 'utf8')).toBe('the good copy');
    expect(readdirSync(dir)).toEqual(['Brief.docx']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const { writeFileAtomic } = await import('../../../../src/main/export/atomic-write');
    const target = join(tempDir(), 'missing', 'Brief.docx');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(existsSync(target)).toBe(false);
  });
});
