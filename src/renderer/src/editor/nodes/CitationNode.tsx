import {
  $applyNodeReplacement,
  $getEditor,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalParseJSON,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import {
  CITATION_ATTRIBUTES,
  citationAttributes,
  citationFromAttributes,
  type PastedCitationFields,
} from '../../../../shared/brief/citation-attributes';
import type { CitationFields } from '../../../../shared/brief/editor-json';
import { MISSING_AUTHORITY } from '../../../../shared/brief/reader';
import {
  citationAsWritten,
  formatCitation,
  type CitableAuthority,
} from '../../../../shared/citations/format';
import { runsToText, type Run } from '../../../../shared/citations/runs';
import { authorityCache } from '../../library/authority-cache';
import { citationRendering } from '../plugins/citation-forms/store';
import { drawCitationChip } from './citation-chip';

/** The authority's full citation, in no brief's style: what tells one authority from another. */
function authorityCite(authority: CitableAuthority): string {
  return runsToText(formatCitation(authority));
}

function appendRuns(element: HTMLElement, runs: readonly Run[]): void {
  for (const run of runs) {
    if (!run.italic) element.append(run.text);
    else element.append(Object.assign(document.createElement('i'), { textContent: run.text }));
  }
}

/**
 * Pasted HTML may come from another library, where the same id is another authority: a citation
 * whose copied full citation differs from this library's is kept as the text it showed.
 * Authorities the library lacks stay live, shown as missing.
 */
function isSameAuthority({ fields, authorityCite: copiedCite }: PastedCitationFields): boolean {
  const authority = authorityCache.get(fields.authorityId);
  return !authority || copiedCite === undefined || authorityCite(authority) === copiedCite;
}

function $convertCitationElement(element: HTMLElement): DOMConversionOutput {
  const pasted = citationFromAttributes((name) => element.getAttribute(name));
  // Refused: the element's children (the citation as it read, italics kept) are pasted instead.
  if (!pasted || !isSameAuthority(pasted)) return { node: null };
  return { node: $createCitationNode(pasted.fields) };
}

export type SerializedCitationNode = Spread<CitationFields, SerializedLexicalNode>;

/**
 * An inline citation: the library authority's id plus what this use adds (pin cite, signal,
 * parenthetical). The citation text is never stored; it is formatted from the library.
 */
export class CitationNode extends DecoratorNode<null> {
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

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const span = document.createElement('span');
    span.className = 'citation-node';
    this.draw(span, editor);
    return span;
  }

  /** Drawn again in place when this use changes; CitationChipsPlugin redraws on form changes. */
  override updateDOM(_previous: CitationNode, dom: HTMLElement): false {
    this.draw(dom, $getEditor());
    return false;
  }

  private draw(dom: HTMLElement, editor: LexicalEditor): void {
    const fields = this.getFields();
    const { placement, style, act } = citationRendering(editor, this.getKey(), false);
    drawCitationChip(dom, {
      authority: authorityCache.get(fields.authorityId),
      fields,
      placement,
      style,
      act,
    });
  }

  /**
   * Copied, a citation reads as its chip shows it where it stands (full, short form or Id., in
   * the brief's style, italics as <i>), and carries its library id and use for a paste back.
   */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const fields = this.getFields();
    const authority = authorityCache.get(fields.authorityId);
    const element = document.createElement('span');
    for (const [name, value] of citationAttributes(
      fields,
      authority ? authorityCite(authority) : undefined,
    ))
      element.setAttribute(name, value);
    if (authority) {
      const { placement, style, act } = citationRendering(editor, this.getKey());
      appendRuns(element, citationAsWritten(authority, fields, placement, style, act));
    } else if (authority === null) {
      element.append(MISSING_AUTHORITY);
    }
    return { element };
  }

  /** Only Amicus's own citations: other HTML is pasted as text (see the exportDOM above). */
  static override importDOM(): DOMConversionMap {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute(CITATION_ATTRIBUTES.authorityId)
          ? { conversion: $convertCitationElement, priority: 2 }
          : null,
    };
  }

  override isInline(): true {
    return true;
  }

  /** Copying a citation as plain text gives its citation text. */
  override getTextContent(): string {
    const authority = authorityCache.get(this.__authorityId);
    return authority ? runsToText(formatCitation(authority, this.getFields())) : '';
  }

  /** Nothing for React: the chip is plain DOM (citation-chip.ts), as a brief holds thousands. */
  override decorate(): null {
    return null;
  }
}

export function $createCitationNode(fields: CitationFields): CitationNode {
  return $applyNodeReplacement(new CitationNode(fields));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
