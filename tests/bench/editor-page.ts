import type { LexicalEditor } from 'lexical';
import {
  SAVE_MEASURE,
  type SaveTiming,
} from '../../src/renderer/src/editor/plugins/autosave/save-timing';

/**
 * The page-side half of the editor benchmark, bundled by esbuild and run in the page, in the
 * app's tab and in the bare Lexical page alike, so both are measured by the same code. Kept out
 * of `page.evaluate` callbacks: tsx would wrap their named inner functions in a helper the page
 * lacks.
 */

/** What a brief holds, for knowing when the page shows all of it. */
export interface Expected {
  /** Children of the editor's root element: blocks, one per paragraph, heading or list. */
  blocks: number;
  /** Citation nodes, those in footnotes included. */
  citations: number;
  /** Some citation repeats an authority, so resolved forms show a short form or Id. */
  repeats: boolean;
}

export interface Opened {
  /** From the click to the first frame showing every block in an editable root. */
  editable: number;
  /** From the click to the first frame where every citation shows its formatted text and form. */
  formatted: number;
}

/** One save of the app's, as its timing entry tells it. */
export interface SaveTimes extends SaveTiming {
  /** From taking the changes (serializing them) to the library's answer, in the page's clock. */
  totalMs: number;
}

export interface KeystrokeTimes {
  /**
   * Per keystroke, the longest Event Timing duration of its keydown, keypress, beforeinput and
   * input events (input to the next paint, rounded by the browser to 8 ms); null when none of
   * them reached the 16 ms threshold the API reports from.
   */
  eventTiming: (number | null)[];
  /** Per keystroke, keydown to just after the next frame (rAF then a message): finer, not paint. */
  nextFrame: number[];
}

const EDITOR_ROOT = '.editor-pane .page__content';
const TEXT_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input']);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Checks once a frame until `check` gives a value; the page's own clock, no fixed sleeps. */
async function until<T>(check: () => T | null, what: string, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    await frame();
    const value = check();
    if (value !== null) return value;
    if (performance.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
  }
}

function rootOf(selector: string): HTMLElement {
  const root = document.querySelector<HTMLElement>(selector);
  if (!root) throw new Error(`No editor at ${selector}`);
  return root;
}

function editorOf(selector: string): LexicalEditor {
  // Lexical keeps the editor on its root element.
  const editor = (rootOf(selector) as HTMLElement & { __lexicalEditor?: LexicalEditor })
    .__lexicalEditor;
  if (!editor) throw new Error(`No Lexical editor on ${selector}`);
  return editor;
}

/**
 * Every citation chip shows its authority's formatted text (not the "…" shown while it loads),
 * and, when the brief repeats an authority, the resolved forms are in (some chip is not full).
 */
function citationsFormatted(root: HTMLElement, expected: Expected): boolean {
  const nodes = root.querySelectorAll('.citation-node');
  if (nodes.length !== expected.citations) return false;
  let resolved = !expected.repeats;
  for (const node of nodes) {
    const chip = node.firstElementChild;
    if (!chip) return false;
    if (chip.classList.contains('citation--missing')) continue;
    if (!chip.classList.contains('citation') || chip.textContent === '…') return false;
    if (!(chip.getAttribute('title') ?? '').startsWith('Full')) resolved = true;
  }
  return resolved;
}

/** The title of the brief open in the app's list, or null when none is. */
function openTitle(): string | null {
  return document.querySelector('.brief-item--open .brief-item__title')?.textContent ?? null;
}

/**
 * Waits for the app to show the brief it opened by itself (at start), so a click made next is
 * not overtaken by that opening. Returns its title.
 */
async function appReady(timeoutMs: number): Promise<string> {
  return until(
    () => {
      const title = openTitle();
      const root = document.querySelector<HTMLElement>(EDITOR_ROOT);
      return title !== null && root?.isContentEditable && root.childElementCount > 0 ? title : null;
    },
    'the app to open a brief',
    timeoutMs,
  );
}

/** Opens a brief from the app's list as the user does, timing it in the page's own clock. */
async function openBrief(title: string, expected: Expected, timeoutMs: number): Promise<Opened> {
  const before = document.querySelector(EDITOR_ROOT);
  const button = [...document.querySelectorAll<HTMLButtonElement>('.brief-item__open')].find(
    (candidate) => candidate.querySelector('.brief-item__title')?.textContent === title,
  );
  if (!button) throw new Error(`No brief titled “${title}” in the list`);
  const started = performance.now();
  button.click();
  let root: HTMLElement | null = null;
  const editable = await until(
    () => {
      const candidate = document.querySelector<HTMLElement>(EDITOR_ROOT);
      if (
        !candidate ||
        candidate === before ||
        !candidate.isContentEditable ||
        candidate.childElementCount !== expected.blocks
      )
        return null;
      root = candidate;
      return performance.now() - started;
    },
    `“${title}” to show ${expected.blocks} editable blocks`,
    timeoutMs,
  );
  const formatted = await until(
    () => (root && citationsFormatted(root, expected) ? performance.now() - started : null),
    `the ${expected.citations} citations of “${title}” to be formatted`,
    timeoutMs,
  );
  return { editable, formatted };
}

/**
 * Resolves once the main thread has run no long task (over 50 ms) for `quietMs`: the state
 * "nothing left to do after opening", waited for rather than slept through.
 */
async function settle(quietMs: number, timeoutMs: number): Promise<void> {
  let lastBusy = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      lastBusy = Math.max(lastBusy, entry.startTime + entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    await until(
      () => (performance.now() - lastBusy >= quietMs ? true : null),
      'the page to be idle',
      timeoutMs,
    );
  } finally {
    observer.disconnect();
  }
}

/**
 * Puts the caret at the end of the last text of the middle block (not in a footnote), scrolled
 * into view, and waits until Lexical has taken that selection. Returns the block's index.
 */
async function caretInMiddle(selector: string, timeoutMs: number): Promise<number> {
  const root = rootOf(selector);
  const editor = editorOf(selector);
  const index = Math.floor(root.childElementCount / 2);
  const block = root.children[index] as HTMLElement;
  const texts = [...block.children].filter((child) => child.matches('[data-lexical-text]'));
  const last = texts.at(-1)?.firstChild;
  if (!(last instanceof Text)) throw new Error('The middle block ends without text');
  block.scrollIntoView({ block: 'center' });
  root.focus({ preventScroll: true });
  getSelection()?.collapse(last, last.length);
  // Read off the state itself: this bundle's own copy of Lexical has no active editor for `$` calls.
  await until(
    () => {
      const selection = editor.getEditorState()._selection;
      const anchor =
        selection && 'anchor' in selection ? (selection.anchor as { key: string }) : null;
      return anchor && editor.getElementByKey(anchor.key)?.firstChild === last ? true : null;
    },
    'Lexical to take the caret',
    timeoutMs,
  );
  return index;
}

/** The text of the editor's block at `index`. */
function blockText(selector: string, index: number): string {
  return rootOf(selector).children[index]?.textContent ?? '';
}

let observer: PerformanceObserver | null = null;
let entries: PerformanceEventTiming[] = [];
let keydowns: number[] = [];
let nextFrames: number[] = [];

function onKeydown(event: KeyboardEvent): void {
  const at = event.timeStamp;
  keydowns.push(at);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => nextFrames.push(performance.now() - at);
    channel.port2.postMessage(null);
  });
}

/** Starts recording keystrokes: Event Timing entries and each keydown's time. */
function startKeystrokes(): void {
  entries = [];
  keydowns = [];
  nextFrames = [];
  observer = new PerformanceObserver((list) => {
    entries.push(...(list.getEntries() as PerformanceEventTiming[]));
  });
  // durationThreshold is not in TypeScript's DOM types yet; 16 ms is the lowest the API allows.
  observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  document.addEventListener('keydown', onKeydown, true);
}

/** Stops recording once every keystroke's frame is in, and gives each keystroke's times. */
async function stopKeystrokes(timeoutMs: number): Promise<KeystrokeTimes> {
  document.removeEventListener('keydown', onKeydown, true);
  await until(
    () => (nextFrames.length >= keydowns.length ? true : null),
    'the last keystroke to paint',
    timeoutMs,
  );
  // Entries are queued once the paint they wait for is done: one more frame delivers them.
  await frame();
  await frame();
  entries.push(...((observer?.takeRecords() ?? []) as PerformanceEventTiming[]));
  observer?.disconnect();
  observer = null;
  const eventTiming = keydowns.map((at, i) => {
    const next = keydowns[i + 1] ?? Infinity;
    let longest: number | null = null;
    for (const entry of entries) {
      if (!TEXT_EVENTS.has(entry.name) || entry.startTime < at || entry.startTime >= next) continue;
      longest = Math.max(longest ?? 0, entry.duration);
    }
    return longest;
  });
  return { eventTiming, nextFrame: nextFrames };
}

let saveObserver: PerformanceObserver | null = null;
let saveEntries: SaveTimes[] = [];

/** Starts recording the app's saves, each from its own timing entry (the plugin's measure). */
function startSaves(): void {
  saveEntries = [];
  saveObserver = new PerformanceObserver((list) => {
    takeSaves(list.getEntries());
  });
  saveObserver.observe({ type: 'measure' });
}

function takeSaves(entries: PerformanceEntryList): void {
  for (const entry of entries)
    if (entry.name === SAVE_MEASURE)
      saveEntries.push({
        ...((entry as PerformanceMeasure).detail as SaveTiming),
        totalMs: entry.duration,
      });
}

/** Resolves once `count` saves have been recorded since `startSaves`. */
async function waitForSaves(count: number, timeoutMs: number): Promise<void> {
  await until(
    () => {
      takeSaves(saveObserver?.takeRecords() ?? []);
      return saveEntries.length >= count ? true : null;
    },
    `${count} saves`,
    timeoutMs,
  );
}

/** Stops recording saves, and gives each one recorded. */
function stopSaves(): SaveTimes[] {
  takeSaves(saveObserver?.takeRecords() ?? []);
  saveObserver?.disconnect();
  saveObserver = null;
  return saveEntries;
}

const probe = {
  EDITOR_ROOT,
  appReady,
  openTitle,
  openBrief,
  settle,
  caretInMiddle,
  blockText,
  startKeystrokes,
  stopKeystrokes,
  startSaves,
  waitForSaves,
  stopSaves,
};

export type EditorProbe = typeof probe;

declare global {
  interface Window {
    editorBench: EditorProbe;
  }
}

window.editorBench = probe;
