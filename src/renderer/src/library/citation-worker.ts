import type { FindRequest, FindResult } from './find-citations.worker';

/**
 * One extraction worker for the whole session, started when the library panel first shows and
 * warmed up, so "Find citations" never waits for the reporter tables to load, and the engine has
 * compiled the extractor's hot loops (a cold first read of a long opinion takes about three
 * times as long as a warm one).
 */
let worker: Worker | null = null;
let listener: ((result: FindResult) => void) | null = null;
let nextId = 0;

const WARM_UP_PARAGRAPH = `The Board held that the group lacked “social distinction.” See Cece v. Holder, 733 F.3d 662, 671 (7th Cir. 2013) (en banc); Matter of Acosta, 19 I&N Dec. 211, 233 (BIA 1985), overruled in part on other grounds by Matter of Mogharrabi, 19 I&N Dec. 439 (BIA 1987); 8 U.S.C. § 1158(b)(1)(B)(i). Id. at 672. Acosta, 19 I&N Dec. at 234; Pub. L. No. 109-13, 119 Stat. 231.
`;
/** About 150 KB, read three times: enough for the engine to optimise what a long text runs. */
const WARM_UP = WARM_UP_PARAGRAPH.repeat(400);
const WARM_UP_READS = 3;

function started(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./find-citations.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FindResult>) => listener?.(event.data);
  for (let read = 0; read < WARM_UP_READS; read++)
    worker.postMessage({ id: nextId++, text: WARM_UP } satisfies FindRequest);
  return worker;
}

/** Starts the worker ahead of use, when the browser is idle. */
export function prepareCitationWorker(): void {
  // Nothing to prepare where there are no workers (a unit test's DOM).
  if (typeof Worker === 'undefined') return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => started());
  else setTimeout(started, 0);
}

/** Sends a text to read; returns its request id. Only the latest listener hears results. */
export function readCitations(text: string): number {
  const id = nextId++;
  started().postMessage({ id, text } satisfies FindRequest);
  return id;
}

export function listenForCitations(onResult: ((result: FindResult) => void) | null): void {
  started();
  listener = onResult;
}
