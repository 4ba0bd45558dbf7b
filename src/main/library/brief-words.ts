import { citedAuthorityIds, documentBlocks } from '../../shared/brief/editor-json';
import { readWrittenBrief } from '../../shared/brief/reader';
import type { Brief } from '../../shared/library';
import type { Library } from './index';

/** A brief's written body in FRAP 32(f) words, citations read as the brief writes them. */
export function briefWords(
  library: Library,
  brief: Pick<Brief, 'content' | 'citationStyle' | 'metadata'>,
): number {
  const blocks = documentBlocks(brief.content);
  const authorities = new Map(
    library.authorities
      .getMany(citedAuthorityIds(blocks))
      .map((authority) => [authority.id, authority]),
  );
  return readWrittenBrief(blocks, authorities, brief.citationStyle, brief.metadata.actCitations)
    .words;
}
