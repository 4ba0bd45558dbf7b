import type { CitationFields } from '../../../../shared/brief/editor-json';
import { MISSING_AUTHORITY, samePlacement } from '../../../../shared/brief/reader';
import {
  citationAsWritten,
  type ActCitations,
  type CitationPlacement,
  type CitationStyle,
} from '../../../../shared/citations/format';
import { runsToText } from '../../../../shared/citations/runs';
import { describeTreatment, treatmentOf } from '../../../../shared/citations/treatment';
import type { Authority } from '../../../../shared/library';

/** What a citation's chip shows: it is drawn again only when one of these changes. */
export interface ChipInputs {
  /** undefined while it loads; null when the library no longer has it. */
  authority: Authority | null | undefined;
  fields: CitationFields;
  placement: CitationPlacement;
  style: CitationStyle;
  act: ActCitations;
}

const FORM_HINTS = {
  full: 'Full citation (first use, or pinned to full)',
  short: 'Short form: cited in full earlier',
  id: 'Id.: the same authority was cited just before',
} as const;

/** Opens the chip's editor: set by the plugin that shows it. */
export const CHIP_CLASS = 'citation';

const drawn = new WeakMap<HTMLElement, ChipInputs>();

function sameInputs(a: ChipInputs, b: ChipInputs): boolean {
  return (
    a.authority === b.authority &&
    a.style === b.style &&
    a.act === b.act &&
    samePlacement(a.placement, b.placement) &&
    a.fields.authorityId === b.fields.authorityId &&
    a.fields.pin === b.fields.pin &&
    a.fields.signal === b.fields.signal &&
    a.fields.parenthetical === b.fields.parenthetical &&
    a.fields.forceFull === b.fields.forceFull
  );
}

/**
 * Draws a citation into its node's element as plain DOM: the citation in its form and style
 * (italics as <i>), a hint of its form, and the mark of later treatment. Plain DOM rather than a
 * React component per citation: a long brief holds thousands, and each React portal costs its
 * container a full set of event listeners. Returns false when nothing changed.
 */
export function drawCitationChip(container: HTMLElement, inputs: ChipInputs): boolean {
  const before = drawn.get(container);
  if (before && sameInputs(before, inputs)) return false;
  drawn.set(container, inputs);
  const { authority, fields, placement, style, act } = inputs;
  const chip = document.createElement('span');
  chip.className = CHIP_CLASS;
  if (authority === null) {
    chip.classList.add('citation--missing');
    chip.title =
      'This authority is not in the library: it was deleted, or the citation was pasted from another library.';
    chip.textContent = MISSING_AUTHORITY;
    container.replaceChildren(chip);
    return true;
  }
  const runs = authority
    ? citationAsWritten(authority, fields, placement, style, act)
    : [{ text: '…' }];
  // A span, not a <button>: a button is laid out as a box, so a long citation would jump to a
  // line of its own instead of wrapping with the sentence as the printed brief does.
  chip.setAttribute('role', 'button');
  chip.tabIndex = 0;
  chip.setAttribute(
    'aria-label',
    `Citation: ${runsToText(runs)}. Edit pin cite, signal or parenthetical`,
  );
  chip.title = FORM_HINTS[placement.form];
  chip.setAttribute('aria-expanded', String(container.dataset.open === 'true'));
  for (const run of runs) {
    const part = document.createElement(run.italic ? 'i' : 'span');
    part.textContent = run.text;
    chip.append(part);
  }
  const treatment = authority ? treatmentOf(authority) : null;
  if (!treatment) {
    container.replaceChildren(chip);
    return true;
  }
  // Its glyph is drawn by CSS, not written into the page, so the brief's text (copied, counted,
  // compared) is the same with or without it; the treatment shows on hover or focus.
  const mark = document.createElement('span');
  mark.className = `treatment-mark${treatment.warning ? ' is-warning' : ''}`;
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', 'Later treatment');
  mark.setAttribute('aria-description', describeTreatment(treatment));
  mark.tabIndex = 0;
  container.replaceChildren(chip, mark);
  return true;
}
