import type { PendingSave } from './block-changes';

/** Each save's User Timing entry (DevTools, the editor bench): from taking the changes to the answer. */
export const SAVE_MEASURE = 'amicus:save';

/** What a save's timing entry tells beside its duration. */
export interface SaveTiming {
  /** Milliseconds spent finding and serializing the changed blocks. */
  serializeMs: number;
  /** Milliseconds keeping the changes in the page (pending.ts) before they were sent. */
  keepMs: number;
  /** Characters of block JSON sent. */
  chars: number;
  kind: PendingSave['changes']['kind'];
}

/** Records a save's timing entry; the one before is dropped, so none pile up in the page. */
export function measureSave(
  { changes }: PendingSave,
  started: number,
  times: Pick<SaveTiming, 'serializeMs' | 'keepMs'>,
): void {
  const sent = changes.kind === 'whole' ? changes.blocks : changes.upsert;
  const detail: SaveTiming = {
    ...times,
    chars: sent.reduce((sum, block) => sum + block.json.length, 0),
    kind: changes.kind,
  };
  performance.clearMeasures(SAVE_MEASURE);
  performance.measure(SAVE_MEASURE, { start: started, detail });
}
