/**
 * "Amicus" or "Amici" in a heading the attorney wrote, made to agree with the number of amici the
 * brief names ("Interest of Amicus Curiae" for one, "Interest of Amici Curiae" for several), in
 * the heading's own capitals.
 */
const AMICUS_WORD = /\b(amic)(us|i)\b/gi;

export function agreeingHeading(text: string, plural: boolean): string {
  return text.replace(AMICUS_WORD, (_, stem: string, ending: string) => {
    const wanted = plural ? 'i' : 'us';
    return `${stem}${ending === ending.toUpperCase() ? wanted.toUpperCase() : wanted}`;
  });
}

/** Whether a heading names the amici in the wrong number. */
export function disagrees(text: string, plural: boolean): boolean {
  return agreeingHeading(text, plural) !== text;
}
