import {
  citation,
  editorState,
  footnote,
  heading,
  paragraph,
  quote,
  text,
  TEXT_FORMAT,
  documentBlocks,
  inlinesToPlainText,
  type SerializedElement,
  type SerializedNode,
} from '../../shared/brief/editor-json';
import { factRecordCite, factWithRecordCite } from '../../shared/brief/fact-text';
import { courtProfileOf } from '../profiles';
import { BriefMetadata } from '../../shared/brief/metadata';
import { formatCitation } from '../../shared/citations/format';
import { runsToText } from '../../shared/citations/runs';
import { AuthorityFields } from '../../shared/library';
import demo from '../../../resources/demo/cece.json';
import type { OpenedLibrary } from './index';

/** The demo library's file format: text segments, citations by key, blocks by kind. */
type Segment =
  | string
  | { i: string }
  | { cite: string; pin?: string; signal?: string; parenthetical?: string }
  | { fn: Segment[] };
type DemoBlock =
  | { p: Segment[] }
  | { quote: Segment[] }
  | { h1: string }
  | { h2: string }
  | { h3: string }
  | { snippet: number }
  | { fact: number };

interface DemoLibrary {
  matter: { name: string; court: string; docket: string; notes: string };
  authorities: (Record<string, unknown> & { key: string })[];
  facts: { text: string; recordCite: string; source: string; tags: string[] }[];
  snippets: { title: string; tags: string[]; blocks: DemoBlock[] }[];
  brief: { title: string; courtProfile: string; metadata: unknown; blocks: DemoBlock[] };
}

function inlineNodes(segments: Segment[], authorityIds: Map<string, number>): SerializedNode[] {
  return segments.map((segment) => {
    if (typeof segment === 'string') return text(segment);
    if ('i' in segment) return text(segment.i, TEXT_FORMAT.italic);
    if ('fn' in segment) return footnote(...inlineNodes(segment.fn, authorityIds));
    const authorityId = authorityIds.get(segment.cite);
    if (authorityId === undefined)
      throw new Error(`Demo library cites unknown authority ${segment.cite}`);
    const { pin = '', signal = '', parenthetical = '' } = segment;
    return citation({ authorityId, pin, signal, parenthetical });
  });
}

const TABLES_OF_RECORDS = ['matters', 'authorities', 'facts', 'snippets', 'briefs'] as const;

/**
 * Seeds the Cece demo matter into a library this run created and that is still empty; an
 * existing library is never written to, whatever it holds (a damaged one never gets here).
 */
export function seedDemoLibrary(library: OpenedLibrary): boolean {
  const { db } = library;
  const empty = TABLES_OF_RECORDS.every(
    (table) => db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined,
  );
  if (!library.created || !empty) return false;
  const data = demo as DemoLibrary;

  db.transaction(() => {
    const matterId = library.matters.create(data.matter).id;
    const authorityIds = new Map<string, number>();
    for (const { key, ...fields } of data.authorities) {
      authorityIds.set(key, library.authorities.create(AuthorityFields.parse(fields)).id);
    }
    const facts = data.facts.map((fact) => library.facts.create({ matterId, ...fact }));

    const blocksOf = (blocks: DemoBlock[]): SerializedElement[] =>
      blocks.flatMap((block): SerializedElement[] => {
        if ('p' in block) return [paragraph(...inlineNodes(block.p, authorityIds))];
        if ('quote' in block) return [quote(...inlineNodes(block.quote, authorityIds))];
        if ('h1' in block) return [heading(1, text(block.h1))];
        if ('h2' in block) return [heading(2, text(block.h2))];
        if ('h3' in block) return [heading(3, text(block.h3))];
        if ('fact' in block) {
          const fact = facts[block.fact];
          if (!fact) throw new Error(`Demo brief uses unknown fact ${block.fact}`);
          const cite = factRecordCite(fact, courtProfileOf(data.brief).recordCites);
          return [paragraph(text(factWithRecordCite(fact.text, cite)))];
        }
        const snippet = data.snippets[block.snippet];
        if (!snippet) throw new Error(`Demo brief uses unknown snippet ${block.snippet}`);
        return blocksOf(snippet.blocks);
      });

    for (const snippet of data.snippets) {
      const content = JSON.stringify(editorState(blocksOf(snippet.blocks)));
      const plainText = documentBlocks(content)
        .map((block) =>
          inlinesToPlainText(block.inlines, (use) =>
            runsToText(formatCitation(library.authorities.get(use.authorityId), use)),
          ),
        )
        .join('\n');
      library.snippets.create({
        matterId,
        title: snippet.title,
        content,
        plainText,
        tags: snippet.tags,
      });
    }
    const brief = library.briefs.create(
      data.brief.title,
      matterId,
      JSON.stringify(editorState(blocksOf(data.brief.blocks))),
    );
    library.briefs.setProfile(brief.id, data.brief.courtProfile, {});
    library.briefs.setMetadata(brief.id, BriefMetadata.parse(data.brief.metadata));
    // All of it is the sample, removable in one step; the library held nothing else.
    for (const table of TABLES_OF_RECORDS) db.prepare(`UPDATE ${table} SET sample = 1`).run();
  })();
  return true;
}
