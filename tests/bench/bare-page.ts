/** The bare Lexical page of the editor benchmark; bare-lexical.ts runs in it. */

/** Styles as the app's page sets a brief (page width, type, double spacing), so layout costs alike. */
export const BARE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bare Lexical</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; background: #eef1f4; }
  .scroller { flex: 1; overflow: auto; padding: 28px 24px 64px; }
  .page { max-width: 8.5in; min-height: 11in; margin: 0 auto; padding: 1in; background: #fff; }
  .content {
    min-height: 9in; outline: none; font-size: 13pt; line-height: 2;
    font-family: 'Century Schoolbook', 'TeX Gyre Schola', 'C059', 'New Century Schoolbook', Georgia, serif;
  }
  .doc-p { margin: 0; text-indent: 0.5in; }
</style>
</head>
<body><div class="scroller"><div class="page"><div class="content" contenteditable="true" spellcheck="true"></div></div></div></body>
</html>`;

export const BARE_ROOT = '.content';
