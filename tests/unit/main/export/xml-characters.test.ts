import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withXmlCharacters, xmlCharacters } from '../../../../src/main/export/xml-characters';
import { exportInput, exportProblem } from '../../../helpers/xml-property';

describe('xmlCharacters', () => {
  it('drops what XML 1.0 forbids and keeps every other character, pairs of surrogates included', () => {
    expect(xmlCharacters('a\u0000\u0008\u000b\u000c\u000e\u001fb\ufffe\uffffc')).toBe('abc');
    expect(xmlCharacters('\ud800x\udc00y\udbff')).toBe('xy');
    expect(xmlCharacters('\t\n\r \ud7ff\ue000\ufffd\u{1f600}\u{10ffff}\u0085')).toBe(
      '\t\n\r \ud7ff\ue000\ufffd\u{1f600}\u{10ffff}\u0085',
    );
  });

  it('cleans every string of a record, however deep, and leaves the rest alone', () => {
    expect(withXmlCharacters({ a: 'x\uffff', b: [1, null, { c: '\u0001y' }], d: true })).toEqual({
      a: 'x',
      b: [1, null, { c: 'y' }],
      d: true,
    });
  });
});

describe('exporting any text', () => {
  // Regression: U+FFFE or U+FFFF in a brief, an authority or the title made four parts
  // ill-formed, and LibreOffice could not open the file the app said it had saved.
  it(
    'writes well-formed XML 1.0 in every part, whatever the brief, its authorities and details hold',
    async () => {
      await fc.assert(
        fc.asyncProperty(exportInput, async (input) => {
          expect(await exportProblem(input)).toBeNull();
        }),
        { numRuns: 200 },
      );
    },
    // Generous: a few hundred exports on a slow, shared machine.
    300_000,
  );
});
