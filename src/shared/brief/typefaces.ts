/**
 * Whether a typeface has serifs, for FRAP 32(a)(5)(A): "A proportionally spaced face must include
 * serifs, but sans-serif type may be used in headings and captions", and 32(a)(5)(B) on
 * monospaced faces. Faces a brief is likely to be set in, by their usual classification.
 */
export type TypefaceClass = 'serif' | 'sans-serif' | 'monospace';

const FACES: Record<TypefaceClass, readonly string[]> = {
  serif: [
    'Baskerville',
    'Book Antiqua',
    'Bookman',
    'Bookman Old Style',
    'C059',
    'Californian FB',
    'Cambria',
    'Caslon',
    'Century',
    'Century Expanded',
    'Century Schoolbook',
    'Charter',
    'Constantia',
    'DejaVu Serif',
    'EB Garamond',
    'Equity',
    'Garamond',
    'Georgia',
    'Goudy Old Style',
    'Liberation Serif',
    'Libre Caslon',
    'Minion Pro',
    'New Century Schoolbook',
    'P052',
    'Palatino',
    'Palatino Linotype',
    'Perpetua',
    'Sabon',
    'Times',
    'Times New Roman',
  ],
  'sans-serif': [
    'Aptos',
    'Arial',
    'Calibri',
    'Century Gothic',
    'Comic Sans MS',
    'DejaVu Sans',
    'Franklin Gothic',
    'Futura',
    'Gill Sans',
    'Helvetica',
    'Lato',
    'Liberation Sans',
    'Open Sans',
    'Roboto',
    'Segoe UI',
    'Tahoma',
    'Trebuchet MS',
    'Verdana',
  ],
  monospace: ['Consolas', 'Courier', 'Courier New', 'Liberation Mono', 'Lucida Console'],
};

const BY_NAME = new Map(
  Object.entries(FACES).flatMap(([kind, names]) =>
    names.map((name) => [name.toLowerCase(), kind as TypefaceClass] as const),
  ),
);

/** The class of a typeface Amicus knows; undefined for one it does not. */
export function typefaceClass(name: string): TypefaceClass | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}
