import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../src/main/handlers';
import type { Library } from '../../../../src/main/library';
import { exportLibrary } from '../../../../src/main/library/library-export';
import { DOWNLOAD_HOST } from '../../../../src/main/web/download-host';
import { citation, editorState, paragraph } from '../../../../src/shared/brief/editor-json';
import {
  MAX_TRANSFER_FILE_BYTES,
  readTransferFile,
  type LibraryFile,
} from '../../../../src/shared/library-file';
import { AuthorityFields } from '../../../../src/shared/library';
import { tempSession } from '../../../helpers/temp-library';
import { SLOW_TEST_TIMEOUT } from '../../../helpers/timeouts';

/** A small library file of one matter, to be damaged in each test. */
function smallFile(): LibraryFile {
  const library = tempSession({ seed: false }).session.library;
  const matter = library.matters.create({ name: 'Doe v. Garland' });
  const authority = library.authorities.create(
    AuthorityFields.parse({
      kind: 'case',
      name: 'Gatimi v. Holder',
      volume: '578',
      reporter: 'F.3d',
      firstPage: '611',
      court: '7th Cir.',
      year: 2009,
    }),
  );
  library.facts.create({
    matterId: matter.id,
    text: 'She fled.',
    recordCite: '',
    source: '',
    tags: [],
  });
  const content = JSON.stringify(editorState([paragraph(citation({ authorityId: authority.id }))]));
  library.snippets.create({
    matterId: matter.id,
    title: 'Gatimi',
    content,
    plainText: '',
    tags: [],
  });
  library.briefs.create('Doe brief', matter.id, content);
  return exportLibrary(library, { includeSample: false }).file;
}

function dump(library: Library): string {
  return JSON.stringify(
    [
      'matters',
      'authorities',
      'facts',
      'snippets',
      'briefs',
      'brief_versions',
      'record_origins',
    ].map((table) => library.db.prepare(`SELECT * FROM ${table}`).all()),
  );
}

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

/** Each hostile file: what it holds, and the words its refusal must say. */
const HOSTILE: [what: string, bytes: () => string | Uint8Array, message: RegExp][] = [
  ['not JSON', () => 'Dear counsel, attached is the library.', /it is not JSON/],
  ['not UTF-8 text', () => new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]), /it is not UTF-8 text/],
  ['JSON of another kind', () => '{"records": []}', /neither an Amicus library file nor CSL-JSON/],
  [
    'a newer format',
    () => JSON.stringify({ ...smallFile(), version: 2 }),
    /written by a newer Amicus \(format 2; this Amicus reads format 1\)\. Update Amicus/,
  ],
  [
    'an unknown version',
    () => JSON.stringify({ ...smallFile(), version: 'one' }),
    /unknown format version \(one\)/,
  ],
  [
    'a record missing a field',
    () => {
      const file = smallFile() as unknown as { facts: Record<string, unknown>[] };
      delete file.facts[0]?.text;
      return JSON.stringify(file);
    },
    /damaged or incomplete\. In facts, number 1 \(text\)/,
  ],
  [
    'ids that collide',
    () => {
      const file = smallFile();
      const [authority] = file.authorities;
      if (authority) file.authorities.push({ ...authority, firstPage: '612' });
      return JSON.stringify(file);
    },
    /two authorities with the id \d+, so it is damaged/,
  ],
  [
    'a snippet citing an authority the file does not hold',
    () => {
      const file = smallFile();
      const [snippet] = file.snippets;
      if (snippet)
        snippet.content = JSON.stringify(editorState([paragraph(citation({ authorityId: 999 }))]));
      return JSON.stringify(file);
    },
    /Snippet “Gatimi” cites authority 999, which the file does not hold/,
  ],
  [
    'a brief’s history citing an authority the file does not hold',
    () => {
      const file = smallFile();
      file.briefs[0]?.versions.push({
        title: 'Doe brief',
        content: JSON.stringify(editorState([paragraph(citation({ authorityId: 77 }))])),
        words: 0,
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      return JSON.stringify(file);
    },
    /A version of brief “Doe brief” cites authority 77/,
  ],
  [
    'a fact of a matter the file does not hold',
    () => {
      const file = smallFile();
      const [fact] = file.facts;
      if (fact) fact.matterId = 55;
      return JSON.stringify(file);
    },
    /belongs to matter 55, which the file does not hold/,
  ],
  [
    'a broken character (a lone surrogate)',
    () => JSON.stringify(smallFile()).replace('She fled.', 'She fled \\ud800.'),
    /text that is not valid Unicode/,
  ],
];

describe('hostile library files', () => {
  it(
    'are each refused through the import channel with a true message, and change nothing',
    async () => {
      const { session } = tempSession();
      const handlers = createHandlers(session, DOWNLOAD_HOST);
      const before = dump(session.library);
      for (const [what, bytes, message] of HOSTILE) {
        const result = await dispatch(handlers, 'library:import-open', {
          fileName: 'library.amicus-library.json',
          base64: base64(bytes()),
        });
        expect(result, what).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
        const refusal = result.ok ? '' : result.error.message;
        expect(refusal, what).toMatch(message);
        expect(refusal, what).toMatch(/Nothing was imported\.$/);
        expect(dump(session.library), what).toBe(before);
      }
    },
    SLOW_TEST_TIMEOUT,
  );

  it('refuses a file over 50 MB before reading it', async () => {
    expect(() => readTransferFile(new Uint8Array(MAX_TRANSFER_FILE_BYTES + 1))).toThrow(
      /too large to import \(over 50 MB\)\. Nothing was imported\./,
    );
    const { session } = tempSession({ seed: false });
    const result = await dispatch(createHandlers(session, DOWNLOAD_HOST), 'library:import-open', {
      fileName: 'huge.json',
      base64: 'A'.repeat(69_999_996),
    });
    expect(result).toMatchObject({ ok: false, error: { message: /too large to import/ } });
  });

  it('ignores prototype keys wherever a file puts them, and pollutes nothing', async () => {
    const file = JSON.stringify(smallFile())
      .replace(
        '{"format"',
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"',
      )
      .replace('"text":"She fled."', '"__proto__":{"polluted":"yes"},"text":"She fled."');
    const csl =
      '[{"id":1,"type":"book","title":"A","__proto__":{"polluted":"yes"},"custom":{"__proto__":{"polluted":"yes"}}}]';
    const { session } = tempSession({ seed: false });
    const handlers = createHandlers(session, DOWNLOAD_HOST);
    for (const bytes of [file, csl]) {
      const opened = await dispatch(handlers, 'library:import-open', {
        fileName: 'x.json',
        base64: base64(bytes),
      });
      if (!opened.ok) throw new Error(opened.error.message);
      const { importId } = opened.value as { importId: string };
      expect((await dispatch(handlers, 'library:import-apply', { importId })).ok).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(session.library.facts.getMany([1])[0]?.text).toBe('She fled.');
  });
});
