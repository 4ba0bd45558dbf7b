/**
 * Text as printed (an opinion's PDF pasted, a brief's .docx) carries line breaks inside
 * citations, hyphenated words, running page headers, pleading-paper line numbers, smart quotes
 * and no-break spaces. The extractor reads a cleaned copy; `offsets` maps each of its
 * characters back to the original, so spans point into what the user pasted.
 */
export interface CleanText {
  text: string;
  /** The original index of clean character `index`; `text.length` maps to the original's end. */
  originalIndex(index: number): number;
}

/**
 * A running header or footer, never text: ECF stamps, "Page 3 of 30", a bare page number, and a
 * slip opinion's page number beside its docket number ("2      No. 08-3197").
 */
const HEADER_LINE =
  /^\s*(?:(?:Case|USCA\d*|Appellate Case|Appeal)\b.*\b(?:Document|Doc\.|Filed|Page|Pages)\b.*|Page \d+ of \d+|-\s*\d{1,4}\s*-|\d{1,4}|\d{1,4}\s+of\s+\d{1,4}|\d{1,4}\s{2,}Nos?\.\s+\d{2}-\d{2,5}(?:\s*(?:,|&)\s*\d{2}-\d{2,5})*|Nos?\.\s+\d{2}-\d{2,5}(?:\s*(?:,|&)\s*\d{2}-\d{2,5})*\s{2,}\d{1,4})\s*$/i;
/** A pleading-paper line number at the start of a line: 1 to 28, then a gap. */
const LINE_NUMBER = /^\s*(?:[1-9]|1\d|2[0-8])(?: {2,}|\t)/;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isPrintable(line: string, index: number): boolean {
  const code = line.charCodeAt(index);
  return code > 32 && code < 127;
}

/** Curly quotes and primes read as straight ones; everything else as itself. */
function plainCode(code: number): number {
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x2032) return 39;
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2033) return 34;
  return code;
}

/** UTF-16 code units back to a string, in one native call rather than one per character. */
const utf16 = new TextDecoder('utf-16le');

/** Only a line that starts like a running header is tried against the header pattern. */
const MAY_BE_HEADER = /^\s*(?:[\d-]|Case|USCA|Appe|Page|Nos?\.)/i;

export function cleanForExtraction(original: string): CleanText {
  const lines = original.split('\n');
  let numberedLines = 0;
  for (const line of lines) if (LINE_NUMBER.test(line)) numberedLines++;
  const numbered = numberedLines > lines.length * 0.4;
  const codes = new Uint16Array(original.length);
  // The map back to the original, one entry per run of characters copied in order (a line, or
  // its part between collapsed blanks), not per character: runs are few, characters millions.
  const runStarts: number[] = [];
  const runOrigins: number[] = [];
  let length = 0;
  let continuesAt = -1; // the original index that continues the current run
  const emit = (code: number, at: number) => {
    if (at !== continuesAt) {
      runStarts.push(length);
      runOrigins.push(at);
    }
    codes[length++] = code;
    continuesAt = at + 1;
  };
  let spaceAt = -1; // original index of a space still to be written, if any
  let joining = false; // the previous line ended in a hyphen that joins this one
  let lineStart = 0;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const start = lineStart;
    lineStart += line.length + 1;
    if (MAY_BE_HEADER.test(line) && HEADER_LINE.test(line)) {
      if (!joining && spaceAt < 0) spaceAt = start;
      continue;
    }
    let from = numbered ? (LINE_NUMBER.exec(line)?.[0].length ?? 0) : 0;
    if (joining) while (from < line.length && isSpace(line.charCodeAt(from))) from++;
    let end = line.length;
    while (end > from && (isSpace(line.charCodeAt(end - 1)) || line.charCodeAt(end - 1) === 13))
      end--;

    // A hyphen ending a line joins a word broken across lines ("Hen-/riquez" reads "Henriquez"),
    // but stays where the next line starts with a capital ("Cardoza-/Fonseca").
    let joinsNext = false;
    if (end > from && line.charCodeAt(end - 1) === 45 && index + 1 < lines.length) {
      const next = (lines[index + 1] ?? '').trimStart().charCodeAt(0);
      if (next >= 97 && next <= 122) {
        end--;
        joinsNext = true;
      } else if (next >= 65 && next <= 90) {
        joinsNext = true;
      }
    }
    joining = false;

    for (let i = from; i < end; i++) {
      const code = line.charCodeAt(i);
      // Most characters are printable ASCII, or one space between two, continuing a run:
      // copied as they are.
      if (
        spaceAt < 0 &&
        start + i === continuesAt &&
        ((code > 32 && code < 127) || (code === 32 && i + 1 < end && isPrintable(line, i + 1)))
      ) {
        codes[length++] = code;
        continuesAt++;
        continue;
      }
      if (code === 13) continue;
      if (isSpace(code)) {
        if (spaceAt < 0) spaceAt = start + i;
        continue;
      }
      if (spaceAt >= 0) {
        if (length > 0 && codes[length - 1] !== 32) emit(32, spaceAt);
        spaceAt = -1;
      }
      emit(plainCode(code), start + i);
    }
    if (joinsNext) {
      joining = true;
      spaceAt = -1;
    } else if (spaceAt < 0) {
      spaceAt = start + line.length;
    }
  }
  return {
    text: utf16.decode(codes.subarray(0, length)),
    originalIndex(index) {
      if (index >= length) return original.length;
      let low = 0;
      let high = runStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((runStarts[middle] ?? 0) <= index) low = middle;
        else high = middle - 1;
      }
      return (runOrigins[low] ?? 0) + index - (runStarts[low] ?? 0);
    },
  };
}
