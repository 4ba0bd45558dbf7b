import {
  $getClipboardDataFromSelection,
  $insertDataTransferForRichText,
  copyToClipboard,
  type LexicalClipboardData,
} from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, objectKlassEquals } from '@lexical/utils';
import {
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  COPY_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import {
  CITATION_ATTRIBUTES,
  citationFromAttributes,
} from '../../../../../shared/brief/citation-attributes';
import { authorityCache } from '../../../library/authority-cache';
import { readableClip } from './readable-clip';

/** The selection as the clipboard gets it: Lexical's JSON, and HTML and text a reader can use. */
export function $readableClipboardData(): LexicalClipboardData | null {
  const selection = $getSelection();
  if (!selection || selection.isCollapsed()) return null;
  const data = $getClipboardDataFromSelection(selection);
  const html = data['text/html'];
  if (!html) return data;
  const clip = readableClip(html);
  return { ...data, 'text/html': clip.html, 'text/plain': clip.text };
}

function $removeSelected(): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) selection.removeText();
  else if ($isNodeSelection(selection)) for (const node of selection.getNodes()) node.remove();
}

function clipboardEventOf(event: ClipboardEvent | KeyboardEvent | null): ClipboardEvent | null {
  return event && objectKlassEquals(event, ClipboardEvent) ? (event as ClipboardEvent) : null;
}

/** The library ids of the Amicus citations in pasted HTML that this page has not loaded. */
function unloadedAuthorityIds(html: string): number[] {
  if (!html.includes(CITATION_ATTRIBUTES.authorityId)) return [];
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll(`[${CITATION_ATTRIBUTES.authorityId}]`)]
    .map((element) => citationFromAttributes((name) => element.getAttribute(name)))
    .flatMap((pasted) => (pasted ? [pasted.fields.authorityId] : []))
    .filter((id) => authorityCache.get(id) === undefined);
}

/**
 * A paste of Amicus HTML whose authorities the page has not loaded waits for them, so that each
 * citation is checked against this library's authority before it is pasted live (see
 * CitationNode.importDOM). Returns false, leaving the paste to Lexical, when nothing is missing.
 */
function pasteOnceLoaded(editor: LexicalEditor, event: ClipboardEvent): boolean {
  const clipboard = event.clipboardData;
  const ids = unloadedAuthorityIds(clipboard?.getData('text/html') ?? '');
  if (!clipboard || ids.length === 0) return false;
  event.preventDefault();
  // The event's data cannot be read once it has been handled.
  const kept = new DataTransfer();
  for (const type of clipboard.types)
    if (type !== 'Files') kept.setData(type, clipboard.getData(type));
  void authorityCache
    .load(ids)
    .catch(() => undefined)
    .then(() =>
      editor.update(
        () => {
          const selection = $getSelection();
          if (selection) $insertDataTransferForRichText(kept, selection);
        },
        { tag: PASTE_TAG },
      ),
    );
  return true;
}

/**
 * Copy and cut put a passage on the clipboard as a reader sees it (citations in the form they
 * take where they stand, footnotes as numbered notes), and a paste of Amicus HTML restores its
 * citations and footnotes live.
 */
export function ClipboardPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          COPY_COMMAND,
          (event) => {
            const data = $readableClipboardData();
            if (!data) return false;
            void copyToClipboard(editor, clipboardEventOf(event), data);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CUT_COMMAND,
          (event) => {
            const data = $readableClipboardData();
            if (!data) return false;
            void copyToClipboard(editor, clipboardEventOf(event), data).then(() =>
              editor.update($removeSelected, { tag: CUT_TAG }),
            );
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) =>
            objectKlassEquals(event, ClipboardEvent) &&
            pasteOnceLoaded(editor, event as ClipboardEvent),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
