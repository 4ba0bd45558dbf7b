import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $insertNodes,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  SELECTION_CHANGE_COMMAND,
  TextNode,
  type PointType,
} from 'lexical';
import { useEffect } from 'react';
import { INSERT_FOOTNOTE_COMMAND } from '../../commands';
import { ZERO_WIDTH_SPACE } from '../../../../../shared/brief/editor-json';
import {
  $createFootnoteNode,
  $isFootnoteNode,
  FOOTNOTE_CLASS,
  FootnoteNode,
} from '../../nodes/FootnoteNode';

/** The footnote the caret is in, if any. */
export function $footnoteAtCaret(): FootnoteNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findMatchingParent(selection.anchor.getNode(), $isFootnoteNode);
}

/** Deletes one character of a text node; a caret after it moves back with the text. */
function $deleteCharacterKeepingCaret(node: TextNode, at: number): void {
  const selection = $getSelection();
  const points = $isRangeSelection(selection)
    ? [selection.anchor, selection.focus].filter((point) => point.key === node.getKey())
    : [];
  const offsets = points.map((point) => (point.offset > at ? point.offset - 1 : point.offset));
  const text = node.getTextContent();
  node.setTextContent(text.slice(0, at) + text.slice(at + 1));
  points.forEach((point, i) => point.set(node.getKey(), offsets[i] ?? 0, 'text'));
}

/**
 * A selection that reaches the end of a paragraph ending in a footnote whose last part is a
 * citation: Lexical reads that end as a point before the citation, which copying, cutting or
 * saving as a snippet then leave out though the page shows it selected. It is the paragraph's end.
 */
function $endOfParagraphWithNote(point: PointType, dom: Node | null, domOffset: number): void {
  if (dom?.nodeType !== Node.ELEMENT_NODE || domOffset !== dom.childNodes.length) return;
  const paragraph = $getNearestNodeFromDOMNode(dom);
  if (!$isElementNode(paragraph) || paragraph.isInline()) return;
  const footnote = paragraph.getLastChild();
  if (!$isFootnoteNode(footnote) || !$isDecoratorNode(footnote.getLastChild())) return;
  if (point.key === footnote.getKey() && point.offset < footnote.getChildrenSize())
    point.set(paragraph.getKey(), paragraph.getChildrenSize(), 'element');
}

/**
 * Numbers the footnotes on the page in their order. Not by a CSS counter: each block of the page
 * is contained (laid out only when in view), and containment scopes counters to the block.
 */
function numberFootnotes(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>(`.${FOOTNOTE_CLASS}`).forEach((note, index) => {
    const number = String(index + 1);
    if (note.dataset.number !== number) note.dataset.number = number;
  });
}

function holdsFootnote(node: Node): boolean {
  return (
    node instanceof Element &&
    (node.classList.contains(FOOTNOTE_CLASS) || node.querySelector(`.${FOOTNOTE_CLASS}`) !== null)
  );
}

/**
 * Footnotes as Word users know them: inserted at the caret (Ctrl+Alt+F), written in place, left
 * with Enter, and gone once their text is deleted. Their numbers follow their order.
 */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        // Renumbered when a footnote's mark comes or goes on the page, whatever put it there.
        editor.registerRootListener((root) => {
          if (!root) return;
          numberFootnotes(root);
          const observer = new MutationObserver((records) => {
            if (
              records.some(
                (record) =>
                  [...record.addedNodes].some(holdsFootnote) ||
                  [...record.removedNodes].some(holdsFootnote),
              )
            )
              numberFootnotes(root);
          });
          observer.observe(root, { childList: true, subtree: true });
          return () => observer.disconnect();
        }),
        editor.registerCommand(
          INSERT_FOOTNOTE_COMMAND,
          () => {
            const selection = $getSelection();
            // A footnote cannot hold another footnote.
            if (!$isRangeSelection(selection) || $footnoteAtCaret()) return false;
            // As in Word, a footnote goes at the end of the selected text, which stays.
            const end = selection.isBackward() ? selection.anchor : selection.focus;
            selection.anchor.set(end.key, end.offset, end.type);
            selection.focus.set(end.key, end.offset, end.type);
            // A browser cannot put the caret in an empty inline element, so a new footnote holds
            // a zero-width space, dropped as soon as something is typed beside it.
            const placeholder = $createTextNode(ZERO_WIDTH_SPACE);
            const footnote = $createFootnoteNode().append(placeholder);
            $insertNodes([footnote]);
            placeholder.select(1, 1);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const footnote = $footnoteAtCaret();
            if (!footnote) return false;
            event?.preventDefault();
            // The caret right after an inline element is drawn inside it, so leaving holds a
            // zero-width space outside, which goes once the next word is typed.
            const gap = $createTextNode(ZERO_WIDTH_SPACE);
            footnote.insertAfter(gap);
            gap.select(1, 1);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            const selection = $getSelection();
            const dom = editor.getRootElement()?.ownerDocument.getSelection() ?? null;
            if (!$isRangeSelection(selection) || !dom) return false;
            $endOfParagraphWithNote(selection.anchor, dom.anchorNode, dom.anchorOffset);
            $endOfParagraphWithNote(selection.focus, dom.focusNode, dom.focusOffset);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // A footnote emptied of its text goes, as its number would otherwise stand for nothing.
        editor.registerNodeTransform(FootnoteNode, (footnote) => {
          if (footnote.isEmpty()) footnote.remove();
        }),
        // A placeholder stays while the caret rests right after it, and goes once text follows.
        editor.registerNodeTransform(TextNode, (node) => {
          const text = node.getTextContent();
          const at = text.indexOf(ZERO_WIDTH_SPACE);
          if (at < 0 || text.length === 1) return;
          const selection = $getSelection();
          const resting =
            $isRangeSelection(selection) &&
            selection.isCollapsed() &&
            selection.anchor.key === node.getKey() &&
            selection.anchor.offset === at + 1;
          if (!resting) $deleteCharacterKeepingCaret(node, at);
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            // Word's shortcut for a footnote.
            if (!(event.ctrlKey || event.metaKey) || !event.altKey) return false;
            if (event.key.toLowerCase() !== 'f' && event.code !== 'KeyF') return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
