/** Styled text that the editor and the Word export render alike. */
export interface Run {
  text: string;
  italic?: boolean;
}

export function runsToText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Appends a run, merging it into the previous one when the styles match. */
export function pushRun(runs: Run[], text: string, italic = false): void {
  if (!text) return;
  const last = runs.at(-1);
  if (last && Boolean(last.italic) === italic) last.text += text;
  else runs.push(italic ? { text, italic } : { text });
}

/** Drops a final period when the sentence supplies its own right after the citation. */
export function withoutFinalPeriod(runs: readonly Run[]): Run[] {
  const last = runs.at(-1);
  if (!last?.text.endsWith('.')) return [...runs];
  const trimmed = last.text.slice(0, -1);
  return trimmed ? [...runs.slice(0, -1), { ...last, text: trimmed }] : runs.slice(0, -1);
}
