import { ZERO_WIDTH_SPACE } from '../../../../../shared/brief/editor-json';
import { FOOTNOTE_ATTRIBUTES, noteText } from '../../nodes/FootnoteNode';

/** Elements after which the plain text starts a new line. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'DIV']);

/**
 * LibreOffice's own markup for a footnote's number and its note (as its HTML export writes
 * them), which it reads back as a real footnote. Elsewhere (Word, mail) they read as a raised
 * number in the text and the numbered note after it.
 */
function footnoteMark(number: string): HTMLAnchorElement {
  const mark = document.createElement('a');
  mark.className = 'sdfootnoteanc';
  mark.name = `sdfootnote${number}anc`;
  mark.href = `#sdfootnote${number}sym`;
  mark.setAttribute(FOOTNOTE_ATTRIBUTES.mark, number);
  const raised = document.createElement('sup');
  raised.textContent = number;
  mark.append(raised);
  return mark;
}

function note(number: string, text: Node[]): HTMLDivElement {
  const symbol = document.createElement('a');
  symbol.className = 'sdfootnotesym';
  symbol.name = `sdfootnote${number}sym`;
  symbol.href = `#sdfootnote${number}anc`;
  symbol.setAttribute(FOOTNOTE_ATTRIBUTES.number, '');
  symbol.textContent = number;
  const paragraph = document.createElement('p');
  paragraph.append(symbol, ' ', ...text);
  const wrapper = document.createElement('div');
  wrapper.id = `sdfootnote${number}`;
  wrapper.setAttribute(FOOTNOTE_ATTRIBUTES.note, number);
  wrapper.append(paragraph);
  return wrapper;
}

/** Each footnote, copied inline where it stands, becomes its number there and its note after. */
function moveNotesAfterText(container: HTMLElement): void {
  const notes = document.createElement('div');
  notes.setAttribute(FOOTNOTE_ATTRIBUTES.notes, '');
  for (const inline of container.querySelectorAll<HTMLElement>(
    `span[${FOOTNOTE_ATTRIBUTES.mark}]`,
  )) {
    const number = inline.getAttribute(FOOTNOTE_ATTRIBUTES.mark) ?? '';
    notes.append(note(number, noteText(inline)));
    inline.replaceWith(footnoteMark(number));
  }
  if (notes.hasChildNodes()) container.append(notes);
}

/** The editor's placeholders in footnotes not yet written are nothing to a reader. */
function dropPlaceholders(container: HTMLElement): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode())
    text.nodeValue = (text.nodeValue ?? '').replaceAll(ZERO_WIDTH_SPACE, '');
}

/**
 * Plain text of the laid-out clip: a line per block, a line break kept, a footnote's number in
 * brackets where it stands, and its note after the text, after a blank line.
 */
function plainText(container: HTMLElement): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    if (line) lines.push(line);
    line = '';
  };
  const read = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.tagName === 'BR') line += '\n';
    else if (node.hasAttribute(FOOTNOTE_ATTRIBUTES.mark))
      line += `[${node.getAttribute(FOOTNOTE_ATTRIBUTES.mark) ?? ''}]`;
    else if (node.hasAttribute(FOOTNOTE_ATTRIBUTES.number)) line += `[${node.textContent ?? ''}]`;
    else {
      const block = BLOCKS.has(node.tagName);
      if (block) endLine();
      if (node.hasAttribute(FOOTNOTE_ATTRIBUTES.notes)) lines.push('');
      node.childNodes.forEach(read);
      if (block) endLine();
    }
  };
  container.childNodes.forEach(read);
  endLine();
  return lines.join('\n');
}

/**
 * The HTML and plain text put on the clipboard, from the HTML Lexical builds out of the nodes'
 * exportDOM: footnotes become numbers in the text with their notes after it, so Word, LibreOffice
 * and mail read the passage as the brief does.
 */
export function readableClip(html: string): { html: string; text: string } {
  // A template's content is inert: nothing in it runs or loads.
  const template = document.createElement('template');
  template.innerHTML = html;
  const container = document.createElement('div');
  container.append(template.content);
  dropPlaceholders(container);
  moveNotesAfterText(container);
  return { html: container.innerHTML, text: plainText(container) };
}
