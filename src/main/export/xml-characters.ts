/**
 * What XML 1.0 cannot hold (its Char production): the C0 controls other than tab, line feed
 * and carriage return, U+FFFE and U+FFFF, and half of a surrogate pair, which no UTF-8 can
 * encode. One of them anywhere in a part and Word and LibreOffice refuse the whole file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text less the characters XML 1.0 cannot hold. */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The value with every string in it, however deep, less the characters XML cannot hold. */
export function withXmlCharacters<T>(value: T): T {
  if (typeof value === 'string') return xmlCharacters(value) as T;
  if (Array.isArray(value)) return value.map(withXmlCharacters) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, withXmlCharacters(inner)]),
    ) as T;
  }
  return value;
}
