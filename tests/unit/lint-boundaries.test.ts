import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('process boundaries enforced by lint', () => {
  const forbidden = [
    "import { ipcRenderer } from 'electron';",
    "import Database from 'better-sqlite3';",
    "import { Document } from 'docx';",
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
  ];
  for (const file of ['src/renderer/src/Probe.tsx', 'src/shared/probe.ts']) {
    it.each(forbidden)(`refuses %s in ${file}`, async (line) => {
      expect(await ruleIds(`${line}\nexport const probe = 1;\n`, file)).toContain(
        'no-restricted-imports',
      );
    });
  }

  it('allows them in src/main', async () => {
    expect(
      await ruleIds(
        "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
        'src/main/probe.ts',
      ),
    ).not.toContain('no-restricted-imports');
  });
});
