import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the document's elements; the look lives in styles.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'doc-p',
  quote: 'doc-quote',
  heading: { h1: 'doc-h1', h2: 'doc-h2', h3: 'doc-h3' },
  list: {
    ul: 'doc-ul',
    ol: 'doc-ol',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li--nested' },
  },
  text: { bold: 'doc-bold', italic: 'doc-italic', underline: 'doc-underline' },
};
