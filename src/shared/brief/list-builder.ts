import { list, listItem, type SerializedElement, type SerializedNode } from './editor-json';

/**
 * Builds lists from numbered or bulleted paragraphs met one at a time, each with its level, as
 * Word's numbering and pasted HTML give them: a nested list goes in an item of its own, as
 * Lexical nests lists. A paragraph that is not in a list ends the list.
 */
export class ListBuilder {
  /** The list being built, and its open nested lists by depth. */
  private open: SerializedElement[] = [];

  constructor(private readonly blocks: SerializedElement[]) {}

  add(listType: 'bullet' | 'number', level: number, inlines: SerializedNode[]): void {
    const depth = Math.min(Math.max(level, 0), 8);
    const top = this.open[0];
    if (!top || (depth === 0 && top.listType !== listType)) {
      const created = list(listType, []);
      this.blocks.push(created);
      this.open = [created];
    }
    this.open.length = Math.min(this.open.length, depth + 1);
    while (this.open.length <= depth) {
      const parent = this.open.at(-1) as SerializedElement;
      const nested = list(listType, []);
      parent.children.push(listItem(parent.children.length + 1, nested));
      this.open.push(nested);
    }
    const target = this.open[depth] as SerializedElement;
    target.children.push(listItem(target.children.length + 1, ...inlines));
  }

  end(): void {
    this.open = [];
  }
}
