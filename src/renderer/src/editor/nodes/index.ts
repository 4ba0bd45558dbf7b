import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './CitationNode';
import { FootnoteNode } from './FootnoteNode';

/** Every node a brief or a snippet may contain. */
export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CitationNode,
  FootnoteNode,
];
