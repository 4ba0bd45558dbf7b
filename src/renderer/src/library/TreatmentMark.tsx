import { useState, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { describeTreatment, type AuthorityTreatment } from '../../../shared/citations/treatment';

const TIP_WIDTH = 448;
const MARGIN = 8;

/**
 * The mark beside a citation to an authority with later treatment: the treatment, its date and
 * source are the mark's accessible description and show on hover or focus. Its glyph and text
 * are drawn, not written into the page, so the brief's text (copied, counted, compared) is the
 * same with or without it. Drafting aid only: the export works from the brief's JSON.
 */
export function TreatmentMark({ treatment }: { treatment: AuthorityTreatment }) {
  const [tip, setTip] = useState<{ top: number; left: number; width: number } | null>(null);
  const text = describeTreatment(treatment);
  // Placed on the page, not in the editor, whose pane would clip it; kept inside the window.
  const show = (event: SyntheticEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const width = Math.min(TIP_WIDTH, window.innerWidth - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - width - MARGIN));
    setTip({ top: box.bottom + 6, left, width });
  };
  const hide = () => setTip(null);

  return (
    <>
      <span
        className={`treatment-mark${treatment.warning ? ' is-warning' : ''}`}
        role="img"
        aria-label="Later treatment"
        aria-description={text}
        tabIndex={0}
        onMouseEnter={show}
        onFocus={show}
        onMouseLeave={hide}
        onBlur={hide}
      />
      {tip &&
        createPortal(
          <div className="treatment-tip" aria-hidden="true" style={tip}>
            {text}
          </div>,
          document.body,
        )}
    </>
  );
}
