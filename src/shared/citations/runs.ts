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
