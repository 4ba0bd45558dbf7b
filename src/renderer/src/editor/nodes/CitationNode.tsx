import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalParseJSON,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import type { CitationFields } from '../../../../shared/brief/editor-json';
import { formatCitation } from '../../../../shared/citations/format';
import { runsToText } from '../../../../shared/citations/runs';
import { authorityCache } from '../../library/authority-cache';
import { CitationChip } from './CitationChip';

export type SerializedCitationNode = Spread<CitationFields, SerializedLexicalNode>;

/**
 * An inline citation: the library authority's id plus what this use adds (pin cite, signal,
 * parenthetical). The citation text is never stored; it is formatted from the library.
 */
export class CitationNode extends DecoratorNode<JSX.Element> {
  __authorityId: number;
  __pin: string;
  __signal: string;
  __parenthetical: string;
  __forceFull: boolean;

  static override getType(): string {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.getFields(), node.__key);
  }

  /** Stored documents are read as untrusted: a malformed field becomes empty, never a crash. */
  static override importJSON(json: LexicalParseJSON<SerializedCitationNode>): CitationNode {
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return $createCitationNode({
      authorityId: typeof json.authorityId === 'number' ? json.authorityId : 0,
      pin: text(json.pin),
      signal: text(json.signal),
      parenthetical: text(json.parenthetical),
      forceFull: json.forceFull === true,
    });
  }

  constructor(fields: CitationFields, key?: NodeKey) {
    super(key);
    this.__authorityId = fields.authorityId;
    this.__pin = fields.pin;
    this.__signal = fields.signal;
    this.__parenthetical = fields.parenthetical;
    this.__forceFull = fields.forceFull;
  }

  override exportJSON(): SerializedCitationNode {
    return { type: 'citation', version: 1, ...this.getFields() };
  }

  getFields(): CitationFields {
    const latest = this.getLatest();
    return {
      authorityId: latest.__authorityId,
      pin: latest.__pin,
      signal: latest.__signal,
      parenthetical: latest.__parenthetical,
      forceFull: latest.__forceFull,
    };
  }

  /** Changes the pin cite, signal or parenthetical of this use. */
  setUse(use: Partial<Omit<CitationFields, 'authorityId'>>): this {
    const writable = this.getWritable();
    if (use.pin !== undefined) writable.__pin = use.pin;
    if (use.signal !== undefined) writable.__signal = use.signal;
    if (use.parenthetical !== undefined) writable.__parenthetical = use.parenthetical;
    if (use.forceFull !== undefined) writable.__forceFull = use.forceFull;
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.className = 'citation-node';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  /** Copying a citation as plain text gives its citation text. */
  override getTextContent(): string {
    const authority = authorityCache.get(this.__authorityId);
    return authority ? runsToText(formatCitation(authority, this.getFields())) : '';
  }

  override decorate(): JSX.Element {
    return <CitationChip nodeKey={this.getKey()} fields={this.getFields()} />;
  }
}

export function $createCitationNode(fields: CitationFields): CitationNode {
  return $applyNodeReplacement(new CitationNode(fields));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
