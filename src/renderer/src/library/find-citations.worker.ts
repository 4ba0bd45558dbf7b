import { extractCitations, type ExtractedCitation } from '../../../shared/citations/extract';
import {
  foundAuthorities,
  type FoundAuthorities,
} from '../../../shared/citations/found-authorities';

/** Extraction off the main thread: a long paste never blocks typing or painting. */

export interface FindRequest {
  id: number;
  text: string;
}

export interface Occurrence extends ExtractedCitation {
  /** The citation as it stands in the text. */
  written: string;
}

export interface FindResult extends FoundAuthorities {
  id: number;
  occurrences: Occurrence[];
  /** Milliseconds the extraction itself took, for the benchmark. */
  extractionMs: number;
}

self.onmessage = (event: MessageEvent<FindRequest>) => {
  const { id, text } = event.data;
  const started = performance.now();
  const found = extractCitations(text);
  const authorities = foundAuthorities(text, found);
  const occurrences = found.map((citation) => ({
    ...citation,
    written: text.slice(citation.span[0], citation.span[1]),
  }));
  const result: FindResult = {
    id,
    occurrences,
    ...authorities,
    extractionMs: performance.now() - started,
  };
  self.postMessage(result);
};
