import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';
import {
  INSERT_FOOTNOTE_COMMAND,
  LINK_CITATIONS_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
  type BlockType,
} from '../../commands';
import { $currentBlockType, BLOCK_TYPE_LABELS } from './block-type';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

const FORMATS: { format: TextFormatType; label: string; glyph: string; key: string }[] = [
  { format: 'bold', label: 'Bold', glyph: 'B', key: 'B' },
  { format: 'italic', label: 'Italic', glyph: 'I', key: 'I' },
  { format: 'underline', label: 'Underline', glyph: 'U', key: 'U' },
];

interface Props {
  /** Offer "Link all citations": only where its plugin listens (a brief, not a snippet). */
  linkCitations?: boolean;
}

export function ToolbarPlugin({ linkCitations = false }: Props) {
  const [editor] = useLexicalComposerContext();
  const [blockType, setBlockType] = useState<BlockType | null>('paragraph');
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setBlockType($currentBlockType());
            setActive(
              Object.fromEntries(
                FORMATS.map(({ format }) => [format, selection.hasFormat(format)]),
              ),
            );
          }),
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => (setCanUndo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => (setCanRedo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {(
        [
          { label: 'Undo', glyph: '↶', key: 'Z', enabled: canUndo, command: UNDO_COMMAND },
          { label: 'Redo', glyph: '↷', key: 'Y', enabled: canRedo, command: REDO_COMMAND },
        ] as const
      ).map(({ label, glyph, key, enabled, command }) => (
        <button
          key={label}
          type="button"
          className="tool"
          aria-label={label}
          title={`${label} (${mod}${key})`}
          disabled={!enabled}
          onClick={() => editor.dispatchCommand(command, undefined)}
        >
          {glyph}
        </button>
      ))}
      <span className="toolbar__divider" />
      <select
        className="toolbar__select"
        aria-label="Paragraph style"
        value={blockType ?? ''}
        onChange={(event) => {
          editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, event.target.value as BlockType);
          editor.focus();
        }}
      >
        {blockType === null && <option value="">List</option>}
        {(Object.keys(BLOCK_TYPE_LABELS) as BlockType[]).map((type) => (
          <option key={type} value={type}>
            {BLOCK_TYPE_LABELS[type]}
          </option>
        ))}
      </select>
      <span className="toolbar__divider" />
      {FORMATS.map(({ format, label, glyph, key }) => (
        <button
          key={format}
          type="button"
          className={`tool tool--${format}`}
          aria-label={label}
          aria-pressed={active[format] ?? false}
          title={`${label} (${mod}${key})`}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </button>
      ))}
      <span className="toolbar__divider" />
      <button
        type="button"
        className="tool"
        aria-label="Bulleted list"
        title={`Bulleted list (${mod}Shift+L)`}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        •≡
      </button>
      <button
        type="button"
        className="tool"
        aria-label="Numbered list"
        title="Numbered list"
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        1≡
      </button>
      <span className="toolbar__divider" />
      <button
        type="button"
        className="tool tool--footnote"
        aria-label="Footnote"
        title={`Footnote (${mod}${isMac ? '⌥' : 'Alt+'}F)`}
        onClick={() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined)}
      >
        x¹
      </button>
      {linkCitations && (
        <>
          <span className="toolbar__divider" />
          <button
            type="button"
            className="tool tool--text"
            title="Turn every citation written as text into a citation linked to the library"
            onClick={() => editor.dispatchCommand(LINK_CITATIONS_COMMAND, { blockKeys: null })}
          >
            Link all citations
          </button>
        </>
      )}
    </div>
  );
}
