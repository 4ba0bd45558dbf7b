import fc from 'fast-check';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { renderBriefDocx } from '../../src/main/export/docx';
import { xmlCharacters } from '../../src/main/export/xml-characters';
import {
  citation,
  editorState,
  footnote,
  heading,
  paragraph,
  quote,
  text,
  TEXT_FORMAT,
} from '../../src/shared/brief/editor-json';
import { BriefMetadata, Counsel, newAmicus } from '../../src/shared/brief/metadata';
import { CITATION_STYLES } from '../../src/shared/citations/styles';
import { AUTHORITY_KINDS, type Authority, type Brief } from '../../src/shared/library';
import { PROFILES } from './profiles';

/**
 * Any character at all, weighted towards those that break XML or its escaping: the ones XML
 * 1.0 forbids, half surrogates, markup and field-code quoting, and whatever else Unicode holds.
 */
const character = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f'),
  fc.constantFrom('\ufffe', '\uffff', '\ufffd', '\u0085', '\u2028', '\ud7ff', '\ue000'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom('<', '>', '&', '"', "'", '\\', ']]>', '&#0;', '\t', '\n', '\r', ' '),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);
const anyText = fc.string({ unit: character, maxLength: 12 });

const authorityText = fc.record({
  name: anyText,
  shortName: anyText,
  volume: anyText,
  reporter: anyText,
  firstPage: anyText,
  court: anyText,
  title: anyText,
  code: anyText,
  section: anyText,
  parenthetical: anyText,
  history: anyText,
  docket: anyText,
  notes: anyText,
  treatmentNote: anyText,
});

/** What the attorney can type anywhere that reaches the exported document. */
export const exportInput = fc.record({
  profile: fc.constantFrom(...PROFILES.keys()),
  style: fc.constantFrom(...CITATION_STYLES),
  title: anyText,
  heading: anyText,
  body: anyText,
  italic: anyText,
  quoted: anyText,
  note: anyText,
  pin: anyText,
  signal: anyText,
  parenthetical: anyText,
  authorities: fc.tuple(...AUTHORITY_KINDS.map(() => authorityText)),
  amicus: fc.record({
    name: anyText,
    parents: anyText,
    stockholders: anyText,
    disclosure: anyText,
    interest: anyText,
  }),
  corporation: fc.boolean(),
  counsel: fc.record({
    name: anyText,
    firm: anyText,
    address: anyText,
    telephone: anyText,
    email: anyText,
    barMembership: anyText,
  }),
  docketNumber: anyText,
  court: anyText,
  petitioner: anyText,
  respondent: anyText,
  proceedingBelow: anyText,
  partySupported: anyText,
  otherContributors: anyText,
  serviceList: anyText,
  typeface: anyText,
  wordLimitAuthority: anyText,
});
export type ExportInput = typeof exportInput extends fc.Arbitrary<infer T> ? T : never;

const STAMP = '2012-03-05T12:00:00.000Z';

/** The brief and its library built from the input, every string as typed (nothing trimmed). */
function briefOf(input: ExportInput): { brief: Brief; authorities: Authority[] } {
  const authorities = input.authorities.map((fields, index): Authority => ({
    ...fields,
    kind: AUTHORITY_KINDS[index]!,
    id: index + 1,
    year: 2009,
    date: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const cite = (authorityId: number) =>
    citation({
      authorityId,
      pin: input.pin,
      signal: input.signal,
      parenthetical: input.parenthetical,
    });
  const content = editorState([
    heading(1, text(input.heading)),
    // Each authority twice, so its full, short and Id. forms are all written.
    ...authorities.map(({ id }) =>
      paragraph(
        text(input.body),
        cite(id),
        text(input.italic, TEXT_FORMAT.italic),
        footnote(text(input.note), cite(id)),
        cite(id),
      ),
    ),
    quote(text(input.quoted)),
  ]);
  const metadata: BriefMetadata = {
    ...BriefMetadata.parse({}),
    docketNumber: input.docketNumber,
    court: input.court,
    petitioner: input.petitioner,
    respondent: input.respondent,
    proceedingBelow: input.proceedingBelow,
    partySupported: input.partySupported,
    serviceList: input.serviceList,
    amici: [{ ...newAmicus(), ...input.amicus, corporation: input.corporation }],
    counsel: [{ ...Counsel.parse({ ofRecord: true }), ...input.counsel }],
    rule29: {
      partyCounselAuthored: false,
      partyOrCounselFunded: true,
      otherContributors: input.otherContributors,
    },
  };
  const brief: Brief = {
    id: 1,
    matterId: null,
    title: input.title,
    citationStyle: input.style,
    courtProfile: input.profile,
    profileOverrides: {
      typeface: input.typeface,
      wordLimit: 20_000,
      wordLimitAuthority: input.wordLimitAuthority,
    },
    createdAt: STAMP,
    updatedAt: STAMP,
    metadata,
    content: JSON.stringify(content),
    blockKeys: [],
    revision: 0,
  };
  return { brief, authorities };
}

/**
 * Reads every part of a package as a strict XML 1.0 parser does (UTF-8, characters,
 * well-formedness, namespaces): the first thing wrong, or null. `onText` hears each element's
 * text, entities decoded.
 */
export async function packageProblem(
  bytes: Uint8Array,
  onText: (element: string, text: string) => void = () => undefined,
): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue;
    let xml: string;
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(await part.async('uint8array'));
    } catch {
      return `${part.name} is not UTF-8`;
    }
    const parser = new SaxesParser({ xmlns: true, fileName: part.name });
    const open: string[] = [];
    parser.on('opentag', (tag) => open.push(tag.name));
    parser.on('closetag', () => open.pop());
    parser.on('text', (text) => onText(open.at(-1) ?? '', text));
    try {
      parser.write(xml).close();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return null;
}

/**
 * Exports the input and reads every part back strictly: the first thing wrong, or null. The
 * title must come back whole, less only what XML forbids.
 */
export async function exportProblem(input: ExportInput): Promise<string | null> {
  const { brief, authorities } = briefOf(input);
  const bytes = await renderBriefDocx(
    brief,
    (ids) => authorities.filter(({ id }) => ids.includes(id)),
    PROFILES.get(input.profile)!,
    '2012-03-05',
  );
  let title = '';
  const problem = await packageProblem(bytes, (element, text) => {
    if (element === 'dc:title') title += text;
  });
  // A parser reads a carriage return as a line feed (XML 1.0, 2.11).
  const expected = xmlCharacters(input.title).replace(/\r\n?/g, '\n');
  return (
    problem ??
    (title === expected
      ? null
      : `docProps/core.xml names the brief ${JSON.stringify(title)}, not ${JSON.stringify(expected)}`)
  );
}
