import { createPortal } from 'react-dom';

const TIP_WIDTH = 448;
const MARGIN = 8;

/** Where the mark a tip belongs to stands on the screen. */
export type TipPlace = Pick<DOMRect, 'left' | 'bottom'>;

/**
 * The text of a citation's later treatment (its date and source), shown below its mark on hover
 * or focus. Placed on the page, not in the editor, whose pane would clip it; kept inside the
 * window. Drafting aid only: the export works from the brief's JSON.
 */
export function TreatmentTip({ text, place }: { text: string; place: TipPlace }) {
  const width = Math.min(TIP_WIDTH, window.innerWidth - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(place.left, window.innerWidth - width - MARGIN));
  return createPortal(
    <div
      className="treatment-tip"
      aria-hidden="true"
      style={{ top: place.bottom + 6, left, width }}
    >
      {text}
    </div>,
    document.body,
  );
}
