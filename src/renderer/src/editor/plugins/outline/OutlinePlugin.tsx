import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type NodeKey } from 'lexical';
import { useEffect } from 'react';

export interface OutlineEntry {
  key: NodeKey;
  level: number;
  text: string;
}

/** Reports the brief's headings whenever they change, for the outline beside the editor. */
export function OutlinePlugin({ onChange }: { onChange(outline: OutlineEntry[]): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let previous = '';
    const read = () =>
      editor.getEditorState().read(() => {
        const outline = $getRoot()
          .getChildren()
          .filter($isHeadingNode)
          .map((node) => ({
            key: node.getKey(),
            level: Number(node.getTag().slice(1)),
            text: node.getTextContent(),
          }));
        const signature = JSON.stringify(outline);
        if (signature !== previous) {
          previous = signature;
          onChange(outline);
        }
      });
    read();
    return editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size > 0) read();
    });
  }, [editor, onChange]);
  return null;
}
