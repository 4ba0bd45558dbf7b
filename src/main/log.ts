import { appendFileSync, chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where something went wrong and what, for the log. */
export type LogError = (context: string, error: unknown) => void;

export interface Log {
  /** The file a user can send to whoever helps them; named in error messages. */
  readonly file: string;
  error: LogError;
}

const MAX_BYTES = 1024 * 1024;
const KEPT_FILES = 3;

/**
 * What of an error may go in the log: its kind, its code and where it was thrown. A message is
 * kept only from sources that never quote a brief or a fact (SQLite's own messages and the
 * operating system's); any other message may hold client text and is left out.
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return `non-error value of type ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const safeMessage =
    error.name === 'SqliteError' || typeof (error as { syscall?: unknown }).syscall === 'string';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [
    `${error.name}${typeof code === 'string' ? ` ${code}` : ''}${safeMessage ? `: ${error.message}` : ''}`,
    ...frames.slice(0, 12),
  ].join('\n');
}

/**
 * A log file in the data folder, readable by its owner only, rotated at 1 MB (three files
 * kept). It records what failed, never what the attorney wrote.
 */
export function createLog(dataDir: string): Log {
  const dir = join(dataDir, 'logs');
  const file = join(dir, 'amicus.log');
  const rotate = () => {
    for (let n = KEPT_FILES - 1; n >= 1; n--) {
      try {
        renameSync(n === 1 ? file : `${file}.${n - 1}`, `${file}.${n}`);
      } catch {
        // Nothing to move yet.
      }
    }
    rmSync(`${file}.${KEPT_FILES}`, { force: true });
  };
  return {
    file,
    error(context, error) {
      const entry = `${new Date().toISOString()} ${context}\n${describeForLog(error)}\n`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        let size = 0;
        try {
          size = statSync(file).size;
        } catch {
          // A first entry.
        }
        if (size + entry.length > MAX_BYTES) rotate();
        appendFileSync(file, entry, { mode: 0o600 });
        chmodSync(file, 0o600);
      } catch (failure) {
        // A log that cannot be written must not take the app down with it.
        process.stderr.write(`Amicus could not write its log: ${describeForLog(failure)}\n`);
      }
    },
  };
}
