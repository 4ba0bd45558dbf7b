import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page, Request } from 'playwright-core';
import {
  citation,
  editorState,
  footnote,
  paragraph,
  text,
  type CitationFields,
  type SerializedEditorState,
  type SerializedNode,
} from '../../src/shared/brief/editor-json';
import { formatCitation } from '../../src/shared/citations/format';
import { runsToText } from '../../src/shared/citations/runs';
import type { Authority, Brief, BriefSummary } from '../../src/shared/library';
import { launchApp, type RunningApp } from '../e2e/app';
import { BARE_PAGE, BARE_ROOT } from './bare-page';
import type { Expected, KeystrokeTimes, Opened, SaveTimes } from './editor-page';
import { random, surname, words } from './generate';
import { percentile, type BenchContext } from './report';

/**
 * Amicus's brief editor against a bare Lexical editor holding the same paragraphs, in one run
 * of Chromium against the web host (issue #14, "Targets"): keystroke latency by the Event Timing
 * API, time to editable text and to formatted citations, JS heap, and the cost of an autosave.
 * Figures are printed, never asserted.
 */

/** AMICUS_BENCH_SIZES=1000,5000 measures those sizes only. */
const SIZES = process.env.AMICUS_BENCH_SIZES?.split(',').map(Number) ?? [100, 1_000, 5_000];
/** What is typed in the middle of each brief: 60 characters of ordinary prose. */
const TYPED = ' The Board never said why such a group fails the test it set';
/** Between a key's down and up: about 8 characters a second with the key's own handling. */
const PACE_MS = 120;
/** Generous: a 5,000-paragraph brief on a busy two-core machine can take minutes to open. */
const TIMEOUT_MS = 10 * 60 * 1000;
const BLANK_TITLE = 'Bench: blank';
/** Saves measured one at a time after the typing. */
const IDLE_SAVES = 5;
/** Library authorities added for the generated briefs, beside the demo's. */
const EXTRA_AUTHORITIES = 80;

interface Row {
  label: string;
  title: string;
  id: number;
  expected: Expected;
  /** The same blocks as plain paragraphs, for the bare editor. */
  plain: string;
}

interface Figures {
  keys: KeystrokeTimes;
  opened: Opened;
  heap: number;
  typedLanded: boolean;
}

/** Saves as the app timed them, and their brief:save-blocks requests from sent to answered. */
interface SaveFigures {
  saves: SaveTimes[];
  requests: number[];
}

interface AmicusFigures extends Figures {
  /** The saves made while typing. */
  typing: SaveFigures;
  /** Saves made one at a time with the page otherwise idle (a character, then Ctrl+S). */
  idle: SaveFigures;
  lists: number;
  briefGet: number;
}

function capitalized(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * A brief of `count` paragraphs of about 80 words: a citation after the sentence that passes
 * 70-110 words since the last (about one in 100 words, footnotes included), a footnote in every
 * tenth paragraph. Authorities recur as in a brief (the one just cited, one of the last few, or
 * another), so every form appears.
 */
function generatedBrief(
  count: number,
  authorityIds: readonly number[],
  seed: number,
): SerializedEditorState {
  const rng = random(seed);
  const recent: number[] = [];
  const pick = (): number => {
    const roll = rng();
    const id =
      recent.length > 0 && roll < 0.3
        ? recent[0]!
        : recent.length > 0 && roll < 0.7
          ? recent[Math.floor(rng() * Math.min(5, recent.length))]!
          : authorityIds[Math.floor(rng() * authorityIds.length)]!;
    const at = recent.indexOf(id);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(id);
    return id;
  };
  let since = 0;
  let due = 70 + rng() * 40;
  /** Sentences of prose, a citation after one when due (never after the last: a block ends in text). */
  const prose = (sentences: number, lead: string): SerializedNode[] => {
    const nodes: SerializedNode[] = [];
    let run = lead;
    for (let s = 0; s < sentences; s++) {
      const length = 16 + Math.floor(rng() * 9);
      run += `${run === '' || run.endsWith(' ') ? '' : ' '}${capitalized(words(rng, length))}.`;
      since += length;
      if (since >= due && s < sentences - 1) {
        const fields: Partial<CitationFields> & { authorityId: number } = {
          authorityId: pick(),
          pin: String(100 + Math.floor(rng() * 900)),
          signal: rng() < 0.25 ? 'See' : '',
        };
        nodes.push(text(`${run} `), citation(fields));
        run = '.';
        since = 0;
        due = 70 + rng() * 40;
      }
    }
    nodes.push(text(run));
    return nodes;
  };
  const blocks = Array.from({ length: count }, (_, i) => {
    const sentences = 3 + Math.floor(rng() * 3);
    if (i % 10 !== 9) return paragraph(...prose(sentences, ''));
    const before = 1 + Math.floor(rng() * (sentences - 1));
    return paragraph(
      ...prose(before, ''),
      footnote(...prose(1 + Math.floor(rng() * 2), '')),
      ...prose(sentences - before, ' '),
    );
  });
  return editorState(blocks);
}

function nodesOf(state: SerializedEditorState): SerializedNode[] {
  const all: SerializedNode[] = [];
  const visit = (node: SerializedNode) => {
    all.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  state.root.children.forEach(visit);
  return all;
}

function expectedOf(state: SerializedEditorState): Expected {
  const ids = nodesOf(state).flatMap((node) =>
    node.type === 'citation' ? [(node as CitationFields).authorityId] : [],
  );
  return {
    blocks: state.root.children.length,
    citations: ids.length,
    repeats: new Set(ids).size < ids.length,
  };
}

/** Each block as one plain paragraph of the same text, citations written out in full. */
function plainState(
  state: SerializedEditorState,
  authorities: ReadonlyMap<number, Authority>,
): string {
  const textOf = (node: SerializedNode): string => {
    if (node.type === 'text') return (node as { text: string }).text;
    if (node.type === 'citation') {
      const fields = node as CitationFields;
      const authority = authorities.get(fields.authorityId);
      return authority ? runsToText(formatCitation(authority, fields)) : '';
    }
    if (node.type === 'linebreak') return ' ';
    return 'children' in node ? node.children.map(textOf).join('') : '';
  };
  return JSON.stringify(
    editorState(state.root.children.map((block) => paragraph(text(textOf(block))))),
  );
}

async function value<T>(app: RunningApp, channel: string, args: unknown): Promise<T> {
  const result = await app.call(channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
  return result.value as T;
}

/** The demo brief and a brief of each size, made through the app's own contract. */
async function makeRows(app: RunningApp): Promise<Row[]> {
  const [demoSummary] = await value<BriefSummary[]>(app, 'brief:list', {});
  if (!demoSummary) throw new Error('The app opened without its demo brief');
  const demo = await value<Brief>(app, 'brief:get', { id: demoSummary.id });
  const demoState = JSON.parse(demo.content) as SerializedEditorState;
  const demoIds = [
    ...new Set(
      nodesOf(demoState).flatMap((node) =>
        node.type === 'citation' ? [(node as CitationFields).authorityId] : [],
      ),
    ),
  ];
  const rng = random(14);
  const extraIds: number[] = [];
  for (let i = 0; i < EXTRA_AUTHORITIES; i++) {
    const name = `${surname(rng)} v. ${surname(rng)}`;
    const created = await value<Authority>(app, 'authority:create', {
      kind: 'case',
      name,
      shortName: name.split(' ')[0],
      volume: String(1 + Math.floor(rng() * 120)),
      reporter: 'F.4th',
      firstPage: String(1 + Math.floor(rng() * 1500)),
      court: '9th Cir.',
      year: 2021 + Math.floor(rng() * 5),
    });
    extraIds.push(created.id);
  }
  const authorityIds = [...demoIds, ...extraIds];
  const authorities = new Map(
    (await value<Authority[]>(app, 'authority:get-many', { ids: authorityIds })).map(
      (authority) => [authority.id, authority],
    ),
  );
  const rows: Row[] = [
    {
      label: `demo (${demoState.root.children.length} blocks)`,
      title: demo.title,
      id: demo.id,
      expected: expectedOf(demoState),
      plain: plainState(demoState, authorities),
    },
  ];
  for (const size of SIZES) {
    const state = generatedBrief(size, authorityIds, size);
    const title = `Bench: ${size.toLocaleString('en-US')} paragraphs`;
    const created = await value<Brief>(app, 'brief:create', { title });
    await value(app, 'brief:save', { id: created.id, content: JSON.stringify(state) });
    rows.push({
      label: `${size.toLocaleString('en-US')} paragraphs`,
      title,
      id: created.id,
      expected: expectedOf(state),
      plain: plainState(state, authorities),
    });
  }
  // Made last, so the app opens on it after a reload: each measured brief is opened from it.
  await value(app, 'brief:create', { title: BLANK_TITLE });
  return rows;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // As the app's build: Lexical's production code, not minified.
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild gave nothing for ${entry}`);
  return output.text;
}

/** The page's JS heap after a full collection, as V8 counts it (exact, unlike performance.memory's buckets). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The app's contract calls as the page makes them, timed from request to the response's end. */
class ApiRequests {
  private readonly started = new Map<Request, number>();
  private readonly done: { channel: string; ms: number; bytes: number }[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      if (channelOf(request)) this.started.set(request, Date.now());
    });
    const finish = (request: Request) => {
      const startedAt = this.started.get(request);
      const channel = channelOf(request);
      if (startedAt === undefined || !channel) return;
      this.started.delete(request);
      const { responseEnd } = request.timing();
      this.done.push({
        channel,
        ms: responseEnd > 0 ? responseEnd : Date.now() - startedAt,
        bytes: request.postDataBuffer()?.length ?? 0,
      });
      if (this.started.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    };
    page.on('requestfinished', finish);
    page.on('requestfailed', finish);
  }

  reset(): void {
    this.done.length = 0;
  }

  of(channel: string): { ms: number; bytes: number }[] {
    return this.done.filter((request) => request.channel === channel);
  }

  idle(): Promise<void> {
    return this.started.size === 0
      ? Promise.resolve()
      : new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

function channelOf(request: Request): string | null {
  const match = /\/api\/([\w:-]+)$/.exec(new URL(request.url()).pathname);
  return match?.[1] ?? null;
}

/** Types TYPED at the caret, recording every keystroke, in whichever page. */
/** Set to a folder, each Amicus typing run leaves a CPU profile there (Chromium DevTools opens it). */
const PROFILE_DIR = process.env.AMICUS_BENCH_PROFILE;

/** Runs `measure`, leaving a CPU profile of it in PROFILE_DIR when one is set. */
async function profiled<T>(page: Page, name: string, measure: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return measure();
  const profiler = await page.context().newCDPSession(page);
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.start');
  const result = await measure();
  const { profile } = await profiler.send('Profiler.stop');
  writeFileSync(
    join(PROFILE_DIR, `${name.replace(/\W+/g, '-')}.cpuprofile`),
    JSON.stringify(profile),
  );
  await profiler.detach();
  return result;
}

async function typeAndTime(page: Page, label: string): Promise<KeystrokeTimes> {
  return profiled(page, `typing ${label}`, async () => {
    await page.evaluate(() => window.editorBench.startKeystrokes());
    await page.keyboard.type(TYPED, { delay: PACE_MS });
    return page.evaluate((timeout) => window.editorBench.stopKeystrokes(timeout), TIMEOUT_MS);
  });
}

async function settle(page: Page): Promise<void> {
  await page.evaluate((timeout) => window.editorBench.settle(1000, timeout), TIMEOUT_MS);
}

async function measureAmicus(
  app: RunningApp,
  row: Row,
  requests: ApiRequests,
): Promise<AmicusFigures> {
  const { page } = app;
  const root = 'section.editor-pane .page__content';
  // A fresh page for each brief: its heap holds this brief alone.
  await page.reload({ timeout: TIMEOUT_MS });
  const first = await page.evaluate((timeout) => window.editorBench.appReady(timeout), TIMEOUT_MS);
  if (first !== BLANK_TITLE)
    await page.evaluate(
      ([title, timeout]) =>
        window.editorBench.openBrief(title, { blocks: 1, citations: 0, repeats: false }, timeout),
      [BLANK_TITLE, TIMEOUT_MS] as const,
    );
  await settle(page);
  requests.reset();
  const opened = await profiled(page, `opening ${row.label}`, () =>
    page.evaluate(
      ([title, expected, timeout]) => window.editorBench.openBrief(title, expected, timeout),
      [row.title, row.expected, TIMEOUT_MS] as const,
    ),
  );
  const briefGet = requests.of('brief:get')[0]?.ms ?? NaN;
  await settle(page);
  const heap = await heapAfterGc(page);
  const index = await page.evaluate(
    ([selector, timeout]) => window.editorBench.caretInMiddle(selector, timeout),
    [root, TIMEOUT_MS] as const,
  );
  await settle(page);
  requests.reset();
  await page.evaluate(() => window.editorBench.startSaves());
  const keys = await typeAndTime(page, row.label);
  // The last keystroke's save, and the brief list read after it, both done.
  await page.locator('.save-status--saved').waitFor({ timeout: TIMEOUT_MS });
  await requests.idle();
  const typing = {
    saves: await page.evaluate(() => window.editorBench.stopSaves()),
    requests: requests.of('brief:save-blocks').map((request) => request.ms),
  };
  const lists = requests.of('brief:list').length;
  const typedLanded = await typedIn(page, root, index);
  const idle = await idleSaves(page, requests);
  // Touched last, so the next reload opens on it rather than on the brief just typed in.
  await value(app, 'brief:rename', { id: await blankId(app), title: BLANK_TITLE });
  return { keys, opened, heap, typedLanded, typing, idle, lists, briefGet };
}

/**
 * Saves with nothing else in the page's way: one character typed, Ctrl+S, the save answered,
 * the page let settle; so a save's wall time is its own, not the keystrokes' it waits behind.
 */
async function idleSaves(page: Page, requests: ApiRequests): Promise<SaveFigures> {
  await settle(page);
  requests.reset();
  await page.evaluate(() => window.editorBench.startSaves());
  for (let i = 1; i <= IDLE_SAVES; i++) {
    await page.keyboard.type('.');
    await page.keyboard.press('Control+s');
    await page.evaluate(([count, timeout]) => window.editorBench.waitForSaves(count, timeout), [
      i,
      TIMEOUT_MS,
    ] as const);
    await requests.idle();
    await settle(page);
  }
  return {
    saves: await page.evaluate(() => window.editorBench.stopSaves()),
    requests: requests.of('brief:save-blocks').map((request) => request.ms),
  };
}

/** Whether the typed text stands in the block the caret was put in. */
async function typedIn(page: Page, root: string, index: number): Promise<boolean> {
  const text = await page.evaluate(([selector, at]) => window.editorBench.blockText(selector, at), [
    root,
    index,
  ] as const);
  return text.includes(TYPED.trim());
}

let blank: number | null = null;
async function blankId(app: RunningApp): Promise<number> {
  blank ??=
    (await value<BriefSummary[]>(app, 'brief:list', {})).find((b) => b.title === BLANK_TITLE)?.id ??
    null;
  if (blank === null) throw new Error('The blank brief is gone');
  return blank;
}

async function measureBare(
  browser: Browser,
  row: Row,
  probe: string,
  bare: string,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(BARE_PAGE);
    await page.addScriptTag({ content: probe });
    await page.addScriptTag({ content: bare });
    const editable = await page.evaluate(
      ([json, blocks]) => window.bareLexical.open(json, blocks),
      [row.plain, row.expected.blocks] as const,
    );
    await settle(page);
    const heap = await heapAfterGc(page);
    const index = await page.evaluate(
      ([selector, timeout]) => window.editorBench.caretInMiddle(selector, timeout),
      [BARE_ROOT, TIMEOUT_MS] as const,
    );
    await settle(page);
    const keys = await typeAndTime(page, row.label);
    const typedLanded = await typedIn(page, BARE_ROOT, index);
    return { keys, opened: { editable, formatted: editable }, heap, typedLanded };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const kb = (chars: number) => `${(chars / 1_000).toFixed(1)} kB`;
const median = (values: readonly number[]) => percentile(values, 50);

/** A percentile of Event Timing durations; keystrokes the API did not report were under 16 ms. */
function eventPercentile(times: readonly (number | null)[], p: number): number | null {
  const value = percentile(
    times.map((time) => time ?? 0),
    p,
  );
  return value >= 16 ? value : null;
}

const latency = (value: number | null) => (value === null ? '<16' : String(Math.round(value)));

function ratio(amicus: number | null, bare: number | null): string {
  if (amicus === null && bare === null) return 'both under 16 ms';
  if (bare === null) return `> ${((amicus ?? 0) / 16).toFixed(1)}×`;
  return `${((amicus ?? 0) / bare).toFixed(1)}×`;
}

/**
 * What a save costs, as the baseline measured it: the page finding and serializing what it sends
 * (in the real saves), then the call from sent to answered (IPC or HTTP, main's validation and
 * write). The page's wall time from changes taken to answer handled, printed beside it, also
 * waits behind whatever else the page's thread runs then (keystrokes, the reading plugins).
 */
function saveCost({ saves, requests }: SaveFigures): number {
  return median(saves.map((save) => save.serializeMs)) + median(requests);
}

const medianOf = (saves: readonly SaveTimes[], time: (save: SaveTimes) => number) =>
  median(saves.map(time));

function savesText(figures: SaveFigures): string {
  const { saves, requests } = figures;
  return (
    `${saveCost(figures).toFixed(0)} ms a save (serialize ${medianOf(saves, (save) => save.serializeMs).toFixed(1)} ms + brief:save-blocks ${ms(median(requests))}, ` +
    `${kb(medianOf(saves, (save) => save.chars))} sent; kept in the page ${ms(medianOf(saves, (save) => save.keepMs))}; wall ${ms(medianOf(saves, (save) => save.totalMs))})`
  );
}

function printRow(print: BenchContext['print'], row: Row, amicus: AmicusFigures, bare: Figures) {
  const a50 = eventPercentile(amicus.keys.eventTiming, 50);
  const a95 = eventPercentile(amicus.keys.eventTiming, 95);
  const b50 = eventPercentile(bare.keys.eventTiming, 50);
  const b95 = eventPercentile(bare.keys.eventTiming, 95);
  const demo = row.label.startsWith('demo');
  print(
    `editor ${row.label}, ${row.expected.citations} citations: ` +
      `keystroke p50/p95 ${latency(a50)}/${latency(a95)} ms vs bare ${latency(b50)}/${latency(b95)} ms ` +
      `(p95 ${ratio(a95, b95)}, target <= 1.3×${demo ? ' and < 16 ms' : ''}); ` +
      `open to editable ${ms(amicus.opened.editable)}, to citations formatted ${ms(amicus.opened.formatted)} ` +
      `vs bare editable ${ms(bare.opened.editable)} (${(amicus.opened.formatted / bare.opened.editable).toFixed(1)}×, target <= 1.5×); ` +
      `heap ${mb(amicus.heap)} vs ${mb(bare.heap)}; ` +
      `autosave while typing ${savesText(amicus.typing)}; one at a time, idle, ${savesText(amicus.idle)}`,
  );
  const frames = (keys: KeystrokeTimes, p: number) => percentile(keys.nextFrame, p).toFixed(0);
  print(
    `  · keydown to next frame p50/p95 ${frames(amicus.keys, 50)}/${frames(amicus.keys, 95)} ms vs bare ${frames(bare.keys, 50)}/${frames(bare.keys, 95)} ms; ` +
      `${amicus.keys.eventTiming.filter((time) => time !== null).length} of ${amicus.keys.eventTiming.length} keystrokes over 16 ms vs ${bare.keys.eventTiming.filter((time) => time !== null).length}; ` +
      `brief:get ${ms(amicus.briefGet)}; ${amicus.typing.saves.length} saves while typing (wall ${amicus.typing.saves.map((save) => `${Math.round(save.totalMs)}${save.kind === 'whole' ? ' whole' : ''}`).join(', ')} ms), ${amicus.lists} brief:list; ` +
      `typed text in place: ${amicus.typedLanded && bare.typedLanded ? 'yes' : `Amicus ${amicus.typedLanded}, bare ${bare.typedLanded}`}`,
  );
}

export async function benchEditor({ print }: BenchContext): Promise<void> {
  if (!existsSync(join(process.cwd(), 'out/main/web.js'))) {
    print('editor: skipped (build the app first: npm run build)');
    return;
  }
  const [probe, bare] = await Promise.all([bundle('editor-page.ts'), bundle('bare-lexical.ts')]);
  const app = await launchApp();
  try {
    const requests = new ApiRequests(app.page);
    const rows = await makeRows(app);
    await app.page.addInitScript({ content: probe });
    print(
      `editor: Amicus (web host, Chromium) vs bare Lexical (rich text + history) with the same paragraphs; typing ${TYPED.length} characters mid-brief, ${PACE_MS} ms key down to up`,
    );
    const saveCosts = new Map<string, number>();
    const idleWalls = new Map<string, number>();
    for (const row of rows) {
      const amicus = await measureAmicus(app, row, requests);
      const bareFigures = await measureBare(app.browser, row, probe, bare);
      printRow(print, row, amicus, bareFigures);
      saveCosts.set(row.label, saveCost(amicus.typing));
      idleWalls.set(
        row.label,
        medianOf(amicus.idle.saves, (save) => save.totalMs),
      );
    }
    const bySize = (figures: Map<string, number>) =>
      SIZES.map(
        (size) =>
          `${(figures.get(`${size.toLocaleString('en-US')} paragraphs`) ?? NaN).toFixed(0)} ms`,
      ).join(' / ');
    const small = saveCosts.get('100 paragraphs');
    const large = saveCosts.get('5,000 paragraphs');
    if (small !== undefined && large !== undefined)
      print(
        `editor autosave at ${SIZES.map((size) => size.toLocaleString('en-US')).join(' / ')} paragraphs: ${bySize(saveCosts)} a save while typing, ` +
          `${(large / small).toFixed(1)}× from 100 to 5,000 (target <= 2×); wall of a save alone ${bySize(idleWalls)}`,
      );
  } finally {
    await app.close();
  }
}
