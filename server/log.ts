/**
 * One JSON line per event on stdout. Only ids, counts and timings go in: never a token, an
 * invitation code, a name or a row's content.
 */
export type Log = (event: string, fields?: Record<string, string | number | boolean>) => void;

export const log: Log = (event, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), event, ...fields })}\n`);
};
