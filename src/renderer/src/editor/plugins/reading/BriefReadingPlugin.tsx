import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useContext, useEffect, useRef } from 'react';
import { quotationProblems, type QuotationProblem } from '../../../../../shared/brief/quotations';
import {
  OBJECT_MARK,
  writtenCitation,
  type BlockReading,
  type CitationWriter,
} from '../../../../../shared/brief/reader';
import { extractCitations } from '../../../../../shared/citations/extract';
import {
  DEFAULT_ACT_CITATIONS,
  DEFAULT_CITATION_STYLE,
  type CitationPlacement,
} from '../../../../../shared/citations/format';
import { authorityCache } from '../../../library/authority-cache';
import { CitationContext, registerCitationContext } from '../citation-forms/store';
import { EditorBriefReader, type EditorReading } from './editor-reader';

export interface OutlineEntry {
  key: NodeKey;
  level: number;
  text: string;
}

export interface BriefStats {
  /** FRAP 32(f) words of the written brief, citations in the forms the reader sees. */
  words: number;
  /** Full citations typed as plain text rather than linked to the library. */
  unlinked: string[];
  /** Quotations set against Bluebook Rule 5.1: short blocks, long run-in quotations. */
  quotations: QuotationProblem[];
}

/** The panels' figures follow a pause in typing, not each keystroke. */
const STATS_PAUSE_MS = 300;
/** How long the checks may hold the page at a time. */
const STATS_SLICE_MS = 8;
const UNLINKED_KINDS = new Set(['case', 'agency', 'statute', 'regulation', 'federal_register']);

/** What a block adds to the compliance panel, kept with its reading (a block read again is new). */
const blockChecks = new WeakMap<
  BlockReading,
  { unlinked: string[]; quotations: QuotationProblem[] }
>();

function checksOf(block: BlockReading): { unlinked: string[]; quotations: QuotationProblem[] } {
  let checks = blockChecks.get(block);
  if (!checks) {
    checks = {
      unlinked: block.passages.flatMap(({ typed }) =>
        extractCitations(typed)
          .filter((c) => UNLINKED_KINDS.has(c.kind))
          .map((c) => typed.slice(c.span[0], c.span[1]))
          .filter((cite) => !cite.includes(OBJECT_MARK)),
      ),
      quotations: quotationProblems(
        block.passages.map(({ kind, typed }) => ({ kind, text: typed })),
      ),
    };
    blockChecks.set(block, checks);
  }
  return checks;
}

/** Runs after the browser has painted the keystroke: reading never delays what was typed. */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run));
  else setTimeout(run);
}

interface Props {
  onOutline(outline: OutlineEntry[]): void;
  onStats(stats: BriefStats): void;
}

/**
 * Reads the brief with the export's reader after every change, re-reading only the blocks that
 * changed, and gives each part of the page its share: the citations' forms (chips and the
 * cited-authorities list), the outline, and the compliance panel's count and checks.
 */
export function BriefReadingPlugin({ onOutline, onStats }: Props) {
  const [editor] = useLexicalComposerContext();
  const context = useContext(CitationContext);
  const callbacks = useRef({ onOutline, onStats });
  useEffect(() => {
    callbacks.current = { onOutline, onStats };
  }, [onOutline, onStats]);
  useEffect(
    () => (context ? registerCitationContext(editor, context) : undefined),
    [editor, context],
  );

  useEffect(() => {
    const reader = new EditorBriefReader();
    const style = context?.style ?? DEFAULT_CITATION_STYLE;
    const act = context?.act ?? DEFAULT_ACT_CITATIONS;
    // A new writer when an authority arrives or changes: blocks citing one are counted again.
    const newWriter = (): CitationWriter => (fields, placement) =>
      writtenCitation(authorityCache.get(fields.authorityId), fields, placement, style, act);
    let write = newWriter();
    let scheduled = false;
    let disposed = false;
    let statsTimer: ReturnType<typeof setTimeout> | undefined;
    let outlineSignature = '';
    let statsSignature = '';

    const publishCitations = (reading: EditorReading) => {
      if (!context) return;
      const placements = new Map<NodeKey, CitationPlacement>();
      const uses = new Map<number, NodeKey[]>();
      reading.citations.forEach(({ fields, placement }, i) => {
        const key = reading.citationKeys[i];
        if (key === undefined) return;
        placements.set(key, placement);
        const keys = uses.get(fields.authorityId);
        if (keys) keys.push(key);
        else uses.set(fields.authorityId, [key]);
      });
      context.store.set({
        placements,
        uses,
        unpinnedShort: reading.unpinnedShort.flatMap((i) => reading.citationKeys[i] ?? []),
      });
    };
    const publishOutline = (reading: EditorReading) => {
      const outline = reading.outline.map(({ block, level, text }) => ({
        key: reading.blockKeys[block] ?? '',
        level,
        text,
      }));
      const signature = JSON.stringify(outline);
      if (signature === outlineSignature) return;
      outlineSignature = signature;
      callbacks.current.onOutline(outline);
    };
    // The checks read every block once (a long brief's first count takes a while): in slices
    // short enough that a keystroke is never kept waiting, dropped when a newer reading comes.
    let statsGeneration = 0;
    const publishStats = (reading: EditorReading) => {
      const generation = ++statsGeneration;
      let checked = 0;
      const step = () => {
        if (disposed || generation !== statsGeneration) return;
        const until = performance.now() + STATS_SLICE_MS;
        while (checked < reading.blocks.length && performance.now() < until)
          checksOf(reading.blocks[checked++] as BlockReading);
        if (checked < reading.blocks.length) {
          statsTimer = setTimeout(step);
          return;
        }
        const checks = reading.blocks.map(checksOf);
        const stats = {
          words: reading.words,
          unlinked: checks.flatMap((check) => check.unlinked),
          quotations: checks.flatMap((check) => check.quotations),
        };
        const signature = JSON.stringify(stats);
        if (signature === statsSignature) return;
        statsSignature = signature;
        callbacks.current.onStats(stats);
      };
      step();
    };

    const run = () => {
      scheduled = false;
      context?.store.setPendingRead(null);
      if (disposed) return;
      const reading = editor.getEditorState().read(() => reader.$read(write));
      publishCitations(reading);
      publishOutline(reading);
      clearTimeout(statsTimer);
      statsTimer = setTimeout(() => publishStats(reading), STATS_PAUSE_MS);
    };
    const runIfScheduled = () => {
      if (scheduled) run();
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      context?.store.setPendingRead(runIfScheduled);
      afterPaint(runIfScheduled);
    };
    schedule();

    const unregisterUpdates = editor.registerUpdateListener((update) => {
      if (reader.noteUpdate(update)) schedule();
    });
    const unsubscribeAuthorities = authorityCache.subscribe(() => {
      write = newWriter();
      schedule();
    });
    return () => {
      clearTimeout(statsTimer);
      unregisterUpdates();
      unsubscribeAuthorities();
      disposed = true;
      context?.store.setPendingRead(null);
    };
  }, [editor, context]);
  return null;
}
