import { describe, expect, it } from 'vitest';
import {
  footnote,
  heading,
  paragraph,
  text,
  TEXT_FORMAT,
  type SerializedElement,
} from '../../../../src/shared/brief/editor-json';
import { linkCitations } from '../../../../src/shared/citations/link';
import type { AuthorityKey } from '../../../../src/shared/citations/to-authority';

/** A library holding Gatimi (id 7) and the U.S. Code's refugee definition (id 9). */
const library = (keys: AuthorityKey[]) =>
  keys.map((key) =>
    key.reporter === 'F.3d' && key.volume === '578' && key.firstPage === '611'
      ? 7
      : key.code === 'U.S.C.' && key.section === '1101(a)(42)(A)'
        ? 9
        : null,
  );

const italic = (value: string) => text(value, TEXT_FORMAT.italic);

describe('linkCitations', () => {
  it('links full citations across runs, with signal, pin and parenthetical, and their Id.', async () => {
    const blocks: SerializedElement[] = [
      heading(1, text('Argument')),
      paragraph(
        text('The test fails. '),
        italic('See'),
        text(' '),
        italic('Gatimi v. Holder'),
        text(', 578 F.3d 611, 615 (7th Cir. 2009) (rejecting social visibility). '),
        italic('Id.'),
        text(' at 616. Nothing else.'),
      ),
    ];
    const result = await linkCitations(blocks, library);
    expect(result.linked).toBe(2);
    expect(result.authorities).toBe(1);
    expect(result.changed).toEqual([1]);
    expect(result.blocks[0]).toEqual(blocks[0]);
    expect(result.blocks[1]!.children).toEqual([
      text('The test fails. '),
      {
        type: 'citation',
        version: 1,
        authorityId: 7,
        pin: '615',
        signal: 'See',
        parenthetical: 'rejecting social visibility',
        forceFull: false,
      },
      text('. '),
      {
        type: 'citation',
        version: 1,
        authorityId: 7,
        pin: '616',
        signal: '',
        parenthetical: '',
        forceFull: false,
      },
      text('. Nothing else.'),
    ]);
  });

  it('reads footnotes where they stand, and lists what the library lacks with its uses', async () => {
    const blocks = [
      paragraph(
        text('Refugees are defined by statute.'),
        footnote(text('See 8 U.S.C. § 1101(a)(42)(A).')),
        text(
          ' Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985). Acosta, 19 I. & N. Dec. at 234.',
        ),
      ),
    ];
    const result = await linkCitations(blocks, library);
    expect(result.linked).toBe(1);
    const note = result.blocks[0]!.children[1] as SerializedElement;
    expect(note.children).toEqual([
      expect.objectContaining({ type: 'citation', authorityId: 9, signal: 'See', pin: '' }),
      text('.'),
    ]);
    expect(result.unknown).toEqual([
      expect.objectContaining({
        written: 'Matter of Acosta, 19 I. & N. Dec. 211, 233 (BIA 1985)',
        uses: 2,
        fields: expect.objectContaining({ kind: 'agency', volume: '19', firstPage: '211' }),
      }),
    ]);
    // Unknown authorities' citations stay exactly as written.
    expect(result.blocks[0]!.children[2]).toEqual(blocks[0]!.children[2]);
  });

  it('counts a short form without its full citation as left as text', async () => {
    const result = await linkCitations([paragraph(text('Gatimi, 578 F.3d at 615.'))], library);
    expect(result).toMatchObject({ linked: 0, unresolved: 1, changed: [] });
  });

  it('keeps parallel cites and history within the one citation', async () => {
    const result = await linkCitations(
      [
        paragraph(
          text(
            'Gatimi v. Holder, 578 F.3d 611, 614 (7th Cir. 2009) (en banc), cert. denied, 559 U.S. 1001 (2010). Next.',
          ),
        ),
      ],
      library,
    );
    expect(result.linked).toBe(1);
    expect(result.blocks[0]!.children).toEqual([
      expect.objectContaining({ type: 'citation', authorityId: 7, pin: '614', parenthetical: '' }),
      text('. Next.'),
    ]);
  });
});
