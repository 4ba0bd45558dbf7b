import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { SLOW_TEST_TIMEOUT } from '../helpers/timeouts';

// One ESLint for every case: loading the config and the TypeScript parser is the slow part.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('process boundaries enforced by lint', { timeout: SLOW_TEST_TIMEOUT }, () => {
  beforeAll(() => eslint.lintText('', { filePath: 'src/shared/warm-up.ts' }), SLOW_TEST_TIMEOUT);

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

  it.each([
    "import Database from 'better-sqlite3';",
    "import { app } from 'electron';",
    "import { openLibrary } from '../src/main/library';",
  ])('refuses %s in the team server', async (line) => {
    expect(await ruleIds(`${line}\nexport const probe = 1;\n`, 'server/probe.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it("allows the team server src/shared's schemas and Node", async () => {
    expect(
      await ruleIds(
        "import { TeamApi } from '../src/shared/team-api';\nimport { createServer } from 'node:http';\nexport const probe = [TeamApi, createServer];\n",
        'server/probe.ts',
      ),
    ).not.toContain('no-restricted-imports');
  });

  it.each(['src/main/probe.ts', 'src/renderer/src/Probe.tsx', 'src/shared/probe.ts'])(
    'refuses the team server in %s',
    async (file) => {
      expect(
        await ruleIds(
          "import { migrate } from '../../server/migrate';\nexport const probe = migrate;\n",
          file,
        ),
      ).toContain('no-restricted-imports');
    },
  );
});
