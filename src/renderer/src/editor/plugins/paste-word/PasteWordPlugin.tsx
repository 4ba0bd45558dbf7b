import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $handleListInsertParagraph } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { planCitationLinks } from '../../../../../shared/citations/link';
import { OFFER_CITATION_LINKS_COMMAND } from '../../commands';
import { FOOTNOTE_CLASS } from '../../nodes/FootnoteNode';
import { $footnoteAtCaret } from '../footnotes/FootnotesPlugin';
import { htmlToBlocks } from './html-to-blocks';

/** Lexical's own clipboard format: Amicus's content, which Lexical pastes itself. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Whether HTML came from Amicus: its copy's data-amicus-* marks, or its footnotes' class as the
 * editor renders them. Such HTML is pasted by the clipboard plugin, its citations kept live.
 */
function isAmicusHtml(html: string): boolean {
  return (
    html.includes('data-amicus-') || new RegExp(`class="[^"]*\\b${FOOTNOTE_CLASS}\\b`).test(html)
  );
}

/** Blocks that keep their own kind where Lexical would pour their text into an empty list item. */
const OWN_KIND_BLOCKS = new Set(['heading', 'quote']);

function $topLevel(node: LexicalNode): LexicalNode {
  return node.getTopLevelElement() ?? node;
}

/**
 * Text pasted from Word or a web page keeps its paragraphs, headings, block quotations, lists,
 * bold, italic and underline, and its footnotes where their text came along; then "Link all
 * citations" is offered for the citations recognised in it. Amicus's own content, and text
 * pasted into a footnote, go Lexical's way.
 */
export function PasteWordPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html') ?? '';
          if (!data || data.types.includes(LEXICAL_MIME) || !html || isAmicusHtml(html))
            return false;
          if (!$isRangeSelection($getSelection()) || $footnoteAtCaret()) return false;
          const blocks = htmlToBlocks(html);
          if (blocks.length === 0) return false;
          event.preventDefault();
          // A heading or quotation pasted on an empty list item leaves the list, as Enter would.
          if (OWN_KIND_BLOCKS.has(blocks[0]?.type ?? '')) while ($handleListInsertParagraph());
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return true;
          const first = $topLevel(selection.anchor.getNode());
          const before = new Set($getRoot().getChildrenKeys());
          $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(blocks), selection);
          // The pasted text fills the block it was pasted into and the blocks it added.
          const blockKeys = $getRoot()
            .getChildrenKeys()
            .filter((key) => key === first.getKey() || !before.has(key));
          const { recognised } = planCitationLinks(blocks);
          if (recognised > 0)
            editor.dispatchCommand(OFFER_CITATION_LINKS_COMMAND, { blockKeys, recognised });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
