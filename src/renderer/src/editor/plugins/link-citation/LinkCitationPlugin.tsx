import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type NodeKey,
} from 'lexical';
import { useEffect, useState } from 'react';
import { extractCitations, type ExtractedCitation } from '../../../../../shared/citations/extract';
import { isLinkableCitation } from '../../../../../shared/citations/link';
import { authorityFromExtracted, authorityKey } from '../../../../../shared/citations/to-authority';
import { safeAuthorityFields } from '../../../../../shared/citations/found-authorities';
import { call, errorMessage } from '../../../api';
import { authorityCache } from '../../../library/authority-cache';
import { useNotify } from '../../../ui/toasts';
import { $createCitationNode } from '../../nodes/CitationNode';
import { OBJECT_MARK } from '../../../../../shared/brief/reader';
import { $blockText } from '../../plain-text';

/** Where a typed citation lies: from one text node and offset to another. */
interface TypedCitation {
  text: string;
  citation: ExtractedCitation;
  from: { key: NodeKey; offset: number };
  to: { key: NodeKey; offset: number };
  /** The library authority it matches, or null when it would be added. */
  authorityId: number | null;
}

const PAUSE_MS = 400;

/** The full citation typed just before the caret, as plain text, if any. */
function $typedCitationAtCaret(): Omit<TypedCitation, 'authorityId'> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor.getNode();
  const block = $isTextNode(anchor) ? anchor.getParent() : anchor;
  if (!$isElementNode(block)) return null;

  const { text, pieces } = $blockText(block);
  const piece = pieces.find((p) => p.key === anchor.getKey());
  const caret = $isTextNode(anchor) && piece ? piece.start + selection.anchor.offset : -1;
  if (caret < 0) return null;
  const locate = (position: number, end: boolean) => {
    const piece = pieces.find((p) =>
      end
        ? position > p.start && position <= p.start + p.length
        : position >= p.start && position < p.start + p.length,
    );
    return piece ? { key: piece.key, offset: position - piece.start } : null;
  };
  const candidates = extractCitations(text).filter(
    (c) =>
      isLinkableCitation(c) &&
      c.span[1] <= caret &&
      !text.slice(c.span[0], c.span[1]).includes(OBJECT_MARK),
  );
  const citation = candidates.at(-1);
  if (!citation) return null;
  const from = locate(citation.span[0], false);
  const to = locate(citation.span[1], true);
  return from && to
    ? { text: text.slice(citation.span[0], citation.span[1]), citation, from, to }
    : null;
}

/** Offers to turn a citation typed by hand into a live citation linked to the library. */
export function LinkCitationPlugin() {
  const [editor] = useLexicalComposerContext();
  const notify = useNotify();
  const [typed, setTyped] = useState<TypedCitation | null>(null);
  const [dismissed] = useState(() => new Set<string>());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request = 0;
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const found = editorState.read($typedCitationAtCaret);
        const fields = found && authorityFromExtracted(found.citation);
        if (!found || !fields || dismissed.has(found.text)) {
          setTyped(null);
          return;
        }
        const mine = ++request;
        call('authority:match', { keys: [authorityKey(fields)] }).then(
          ([authorityId]) =>
            mine === request && setTyped({ ...found, authorityId: authorityId ?? null }),
          () => mine === request && setTyped(null),
        );
      }, PAUSE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, dismissed]);

  if (!typed) return null;

  const link = async () => {
    try {
      let authorityId = typed.authorityId;
      if (authorityId === null) {
        const fields = authorityFromExtracted(typed.citation);
        if (!fields) return;
        // A field the library cannot hold (a year 0993) is left out, never thrown.
        const created = await call('authority:create', safeAuthorityFields(fields).fields);
        authorityCache.put(created);
        authorityId = created.id;
      }
      const { citation } = typed;
      const codified = citation.kind === 'statute' || citation.kind === 'regulation';
      editor.update(() => {
        if (!$getNodeByKey(typed.from.key) || !$getNodeByKey(typed.to.key)) return;
        const range = $createRangeSelection();
        range.anchor.set(typed.from.key, typed.from.offset, 'text');
        range.focus.set(typed.to.key, typed.to.offset, 'text');
        $setSelection(range);
        range.insertNodes([
          $createCitationNode({
            authorityId,
            // A code's subsections are part of the library's section, not a pin.
            pin: codified ? '' : (citation.pin ?? ''),
            signal: citation.signal ?? '',
            parenthetical: '',
            forceFull: false,
          }),
        ]);
      });
      setTyped(null);
      editor.focus();
    } catch (error) {
      notify(errorMessage(error), 'error');
    }
  };

  return (
    <div className="link-suggestion" role="region" aria-label="Citation suggestion">
      <span className="link-suggestion__text">
        “{typed.text}”{' '}
        {typed.authorityId !== null ? 'is in the library.' : 'is not in the library yet.'}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void link()}
      >
        {typed.authorityId !== null ? 'Link to library' : 'Add to library and link'}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          dismissed.add(typed.text);
          setTyped(null);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
