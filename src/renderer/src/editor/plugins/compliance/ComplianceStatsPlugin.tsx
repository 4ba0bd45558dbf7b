import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isQuoteNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import { useEffect, useRef } from 'react';
import { extractCitations } from '../../../../../shared/citations/extract';
import { countWordsInBlocks } from '../../../../../shared/brief/word-count';
import { quotationProblems, type QuotationProblem } from '../../../../../shared/brief/quotations';
import { ZERO_WIDTH_SPACE } from '../../../../../shared/brief/editor-json';
import { $blockText, OBJECT_MARK } from '../../plain-text';
import { $isFootnoteNode, FOOTNOTE_CLASS } from '../../nodes/FootnoteNode';

export interface BriefStats {
  /** FRAP 32(f) words of the written brief, citations in the forms the reader sees. */
  words: number;
  /** Full citations typed as plain text rather than linked to the library. */
  unlinked: string[];
  /** Quotations set against Bluebook Rule 5.1: short blocks, long run-in quotations. */
  quotations: QuotationProblem[];
}

const PAUSE_MS = 300;
const UNLINKED_KINDS = new Set(['case', 'agency', 'statute', 'regulation', 'federal_register']);
/**
 * Every passage a reader reads, each counted on its own: the blocks (a list item holding a list
 * is not one) and the footnotes.
 */
const READABLE_BLOCKS = `.doc-p, .doc-h1, .doc-h2, .doc-h3, .doc-quote, .doc-li:not(.doc-li--nested), .${FOOTNOTE_CLASS}`;

/** An element's text without the footnotes inside it, which are passages of their own. */
function textOutsideFootnotes(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE)
      text += (child.textContent ?? '').replaceAll(ZERO_WIDTH_SPACE, '');
    else if (child instanceof Element && !child.classList.contains(FOOTNOTE_CLASS))
      text += textOutsideFootnotes(child);
  }
  return text;
}

function $blocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const visit = (node: ElementNode) => {
    for (const child of node.getChildren()) {
      if (!$isElementNode(child)) continue;
      if ($isFootnoteNode(child)) blocks.push(child);
      else if (child.isInline()) continue;
      else if (child.getChildren().some((c) => $isElementNode(c) && !c.isInline())) visit(child);
      else {
        blocks.push(child);
        visit(child);
      }
    }
  };
  visit($getRoot());
  return blocks;
}

/** The full citations typed as text in a passage, by the passage's text. */
function unlinkedIn(text: string): string[] {
  return extractCitations(text)
    .filter((c) => UNLINKED_KINDS.has(c.kind))
    .map((c) => text.slice(c.span[0], c.span[1]))
    .filter((cite) => !cite.includes(OBJECT_MARK));
}

/** Reports the brief's word count and unlinked citations shortly after each change. */
export function ComplianceStatsPlugin({ onStats }: { onStats(stats: BriefStats): void }) {
  const [editor] = useLexicalComposerContext();
  const onStatsRef = useRef(onStats);
  useEffect(() => {
    onStatsRef.current = onStats;
  }, [onStats]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A passage's unlinked citations by its text: after a keystroke only the passage typed in is
    // read again, not every passage of the brief.
    let unlinkedByText = new Map<string, string[]>();
    const measure = () => {
      const root = editor.getRootElement();
      // The page shows each citation in its resolved form: count what the reader will read.
      const words = root
        ? countWordsInBlocks([...root.querySelectorAll(READABLE_BLOCKS)].map(textOutsideFootnotes))
        : 0;
      const { unlinked, quotations } = editor.getEditorState().read(() => {
        const passages = $blocks().map((block) => ({
          kind: $isQuoteNode(block) ? ('quote' as const) : ('text' as const),
          text: $blockText(block).text,
        }));
        const seen = new Map<string, string[]>();
        for (const { text } of passages)
          if (!seen.has(text)) seen.set(text, unlinkedByText.get(text) ?? unlinkedIn(text));
        unlinkedByText = seen;
        return {
          unlinked: passages.flatMap(({ text }) => seen.get(text) ?? []),
          quotations: quotationProblems(passages),
        };
      });
      onStatsRef.current({ words, unlinked, quotations });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(measure, PAUSE_MS);
    };
    schedule();
    const unregister = editor.registerUpdateListener(schedule);
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return null;
}
