import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { ExtractedCitation } from '../../../shared/citations/extract';
import { formatCitation } from '../../../shared/citations/format';
import type { FoundAuthority } from '../../../shared/citations/found-authorities';
import { runsToText } from '../../../shared/citations/runs';
import { authorityKey } from '../../../shared/citations/to-authority';
import { describeTreatment, treatmentOf } from '../../../shared/citations/treatment';
import { AUTHORITY_KIND_LABELS } from '../../../shared/library';
import { plural } from '../../../shared/words';
import { call, errorMessage } from '../api';
import { addAuthorities } from './add-authorities';
import { Dialog } from '../ui/Dialog';
import { FileButton } from '../ui/FileButton';
import { readDocumentText } from './read-document';
import { StyledRuns } from '../ui/StyledRuns';
import { listenForCitations, readCitations } from './citation-worker';
import type { FindResult, Occurrence } from './find-citations.worker';

const KIND_LABELS: Record<ExtractedCitation['kind'], string> = {
  case: 'Case',
  agency: 'Agency decision',
  statute: 'Statute',
  regulation: 'Regulation',
  federal_register: 'Federal Register',
  short: 'Short form',
  id: 'Id.',
  supra: 'Supra',
  other: 'Secondary source',
};
/**
 * A text this long (about 30 pages) is held beside the text box, not put in it: a browser lays
 * out a text box's whole value on every keystroke and on the first paint, which takes seconds
 * for an opinion of a few megabytes.
 */
const HELD_TEXT_LENGTH = 100_000;

/** A long text pasted or opened: searched whole, shown by its name and size. */
interface HeldText {
  label: string;
  text: string;
}

function describeSize(text: string): string {
  const lines = text.split('\n').length;
  const size =
    text.length >= 1_000_000
      ? `${(text.length / 1_000_000).toFixed(1)} million`
      : (Math.round(text.length / 1000) * 1000).toLocaleString('en-US');
  return `about ${size} characters, ${lines.toLocaleString('en-US')} lines`;
}

/** Rows are one line high so that only the rows in view are ever rendered. */
const ROW_HEIGHT = 30;

/** A row is one line, two when the authority has a later treatment to show under it. */
const rowHeight = (authority: FoundAuthority) =>
  treatmentOf(authority.fields) ? ROW_HEIGHT * 2 : ROW_HEIGHT;
const OCCURRENCE_HEIGHT = 40;

/** The fields the extractor read, in the order a citation prints them. */
function parsedFields(citation: ExtractedCitation): string {
  const cite = [citation.volume, citation.reporter, citation.page].filter(Boolean).join(' ');
  const code = [citation.title, citation.code, citation.section && `§ ${citation.section}`]
    .filter(Boolean)
    .join(' ');
  return [
    citation.signal && `signal: ${citation.signal}`,
    citation.name,
    cite || code,
    citation.pin && `pin ${citation.pin}`,
    citation.court,
    citation.year,
    citation.weight,
    citation.parenthetical && `(${citation.parenthetical})`,
    citation.history,
    ...(citation.problems ?? []).map((problem) => `unreadable ${problem}`),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Extraction in a worker, latest text wins: while one text is read, further edits only mark the
 * text stale, and the newest is read when the worker is free. The text is read only then, so a
 * keystroke costs the browser's own editing and nothing more.
 */
function useCitationWorker(currentText: () => string): {
  result: FindResult | null;
  reading: boolean;
  textChanged(): void;
} {
  const [result, setResult] = useState<FindResult | null>(null);
  const [reading, setReading] = useState(false);
  const state = useRef({ waitingFor: -1, stale: false });

  const post = useCallback(() => {
    state.current.stale = false;
    state.current.waitingFor = readCitations(currentText());
    setReading(true);
  }, [currentText]);

  useEffect(() => {
    listenForCitations((found) => {
      // A result for an earlier text, or for another dialog's, is not this one's.
      if (found.id !== state.current.waitingFor) return;
      state.current.waitingFor = -1;
      if (state.current.stale) post();
      else setReading(false);
      setResult(found);
    });
    return () => listenForCitations(null);
  }, [post]);

  const textChanged = useCallback(() => {
    state.current.stale = true;
    if (state.current.waitingFor < 0) post();
  }, [post]);

  return { result, reading, textChanged };
}

/** Which library authority each found one already is, looked up once per result. */
function useLibraryMatches(result: FindResult | null): {
  matches: Map<string, number | null> | null;
  error: string | null;
} {
  const [matches, setMatches] = useState<{ id: number; byKey: Map<string, number | null> }>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!result) return;
    let current = true;
    call('authority:match', {
      keys: result.authorities.map((authority) => authorityKey(authority.fields)),
    }).then(
      (ids) => {
        if (!current) return;
        const byKey = new Map(
          result.authorities.map((authority, i) => [authority.key, ids[i] ?? null]),
        );
        setMatches({ id: result.id, byKey });
      },
      (caught: unknown) => current && setError(errorMessage(caught)),
    );
    return () => {
      current = false;
    };
  }, [result]);
  return { matches: matches && result && matches.id === result.id ? matches.byKey : null, error };
}

function AuthorityRow({
  authority,
  libraryId,
  checked,
  onChange,
  top,
}: {
  authority: FoundAuthority;
  libraryId: number | null | undefined;
  checked: boolean;
  onChange(checked: boolean): void;
  top: number;
}) {
  const runs = useMemo(() => formatCitation(authority.fields), [authority]);
  const label = runsToText(runs);
  const incomplete = authority.incomplete.length > 0;
  const treatment = treatmentOf(authority.fields);
  const said = treatment && describeTreatment(treatment);
  return (
    <div
      role="row"
      className="find__row"
      style={{ transform: `translateY(${top}px)`, height: rowHeight(authority) }}
    >
      <span role="cell" className="find__add">
        <input
          type="checkbox"
          aria-label={`Add ${label}`}
          disabled={libraryId !== null}
          checked={libraryId === null && checked}
          onChange={(event) => onChange(event.target.checked)}
        />
      </span>
      <span role="cell" className="find__cite" title={label}>
        <StyledRuns runs={runs} />
        {treatment && (
          <span
            className={`find__treatment${treatment.warning ? ' is-warning' : ''}`}
            title={said ?? undefined}
          >
            {said}
          </span>
        )}
      </span>
      <span role="cell" className="find__kind">
        {AUTHORITY_KIND_LABELS[authority.fields.kind]}
      </span>
      <span role="cell" className="find__uses">
        {authority.uses}
      </span>
      <span role="cell" className="find__status">
        {libraryId === undefined ? (
          <span className="badge">…</span>
        ) : libraryId !== null ? (
          <span className="badge badge--ok">In library</span>
        ) : incomplete ? (
          <span
            className="badge badge--warn"
            title={`Incomplete: ${authority.incomplete.join('; ')}`}
          >
            Incomplete
          </span>
        ) : (
          <span className="badge">New</span>
        )}
      </span>
    </div>
  );
}

function AuthorityList({
  authorities,
  matches,
  isChosen,
  choose,
}: {
  authorities: FoundAuthority[];
  matches: Map<string, number | null> | null;
  isChosen(authority: FoundAuthority): boolean;
  choose(key: string, checked: boolean): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: authorities.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (authorities[index] ? rowHeight(authorities[index]) : ROW_HEIGHT),
    overscan: 8,
  });
  return (
    <div role="table" aria-label="Authorities found" aria-rowcount={authorities.length + 1}>
      <div role="row" className="find__row find__row--head">
        <span role="columnheader" className="find__add">
          Add
        </span>
        <span role="columnheader" className="find__cite">
          Authority
        </span>
        <span role="columnheader" className="find__kind">
          Kind
        </span>
        <span role="columnheader" className="find__uses">
          Uses
        </span>
        <span role="columnheader" className="find__status">
          Library
        </span>
      </div>
      <div
        ref={scroller}
        className="find__scroller"
        role="rowgroup"
        style={{ height: Math.min(330, virtualizer.getTotalSize()) }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const authority = authorities[item.index];
            if (!authority) return null;
            return (
              <AuthorityRow
                key={authority.key}
                authority={authority}
                libraryId={matches ? matches.get(authority.key) : undefined}
                checked={isChosen(authority)}
                onChange={(checked) => choose(authority.key, checked)}
                top={item.start}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function OccurrenceList({ occurrences }: { occurrences: Occurrence[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: occurrences.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => OCCURRENCE_HEIGHT,
    overscan: 8,
  });
  return (
    <div
      ref={scroller}
      className="find__occurrences"
      role="list"
      style={{ height: Math.min(240, occurrences.length * OCCURRENCE_HEIGHT) }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const citation = occurrences[item.index];
          if (!citation) return null;
          return (
            <div
              role="listitem"
              key={item.index}
              className="find__occurrence"
              style={{ transform: `translateY(${item.start}px)`, height: OCCURRENCE_HEIGHT }}
            >
              <span className="find__number">{item.index + 1}.</span>{' '}
              <span className="badge">{KIND_LABELS[citation.kind]}</span> {citation.written}
              {citation.resolvesTo !== undefined && (
                <span className="find__ref">
                  {' '}
                  →{' '}
                  {citation.resolvesTo === null
                    ? 'not in this text'
                    : `#${citation.resolvesTo + 1}`}
                </span>
              )}
              <div className="find__fields">{parsedFields(citation)}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Reads citations out of pasted or opened text and adds the chosen ones to the library. */
export function FindCitationsDialog({
  onClose,
  onAdded,
}: {
  onClose(): void;
  onAdded(count: number): void;
}) {
  const textBox = useRef<HTMLTextAreaElement>(null);
  const [held, setHeld] = useState<HeldText | null>(null);
  const heldText = useRef<string>('');
  const [typed, setTyped] = useState(false);
  const hasText = typed || held !== null;
  const currentText = useCallback(() => {
    const box = textBox.current?.value ?? '';
    return heldText.current && box ? `${heldText.current}\n\n${box}` : heldText.current || box;
  }, []);
  const { result, reading, textChanged } = useCitationWorker(currentText);
  const library = useLibraryMatches(hasText ? result : null);
  const { matches } = library;
  /** The user's own choices; otherwise what is complete and not in the library is checked. */
  const [choices, setChoices] = useState<Map<string, boolean>>(new Map());
  const [showAll, setShowAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = hasText ? result : null;
  const authorities = useMemo(() => shown?.authorities ?? [], [shown]);
  const isChosen = useCallback(
    (authority: FoundAuthority) => choices.get(authority.key) ?? authority.incomplete.length === 0,
    [choices],
  );
  const choose = useCallback((key: string, checked: boolean) => {
    setChoices((current) => new Map(current).set(key, checked));
  }, []);
  const toAdd = matches
    ? authorities.filter((authority) => matches.get(authority.key) === null && isChosen(authority))
    : [];
  const inLibrary = matches ? [...matches.values()].filter((id) => id !== null).length : null;
  const incomplete = authorities.filter((authority) => authority.incomplete.length > 0).length;

  const onTextChanged = () => {
    // textLength, not value: reading the value on every keystroke copies it.
    setTyped((textBox.current?.textLength ?? 0) > 0);
    textChanged();
  };
  const hold = (next: HeldText | null) => {
    heldText.current = next?.text ?? '';
    setHeld(next);
    textChanged();
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted.length < HELD_TEXT_LENGTH) return;
    event.preventDefault();
    hold({ label: 'Pasted text', text: pasted });
  };

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await addAuthorities(toAdd.map((authority) => authority.fields));
      onAdded(toAdd.length);
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Find citations in text"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || toAdd.length === 0}
            onClick={() => void add()}
          >
            Add {toAdd.length} to library
          </button>
        </>
      }
    >
      <div className="find">
        <div className="find__input">
          <textarea
            ref={textBox}
            aria-label="Text to search for citations"
            placeholder={
              held ? 'Paste or type more text…' : 'Paste an opinion, a brief or any text…'
            }
            onInput={onTextChanged}
            onPaste={onPaste}
            rows={6}
          />
          <FileButton
            label="Open a file…"
            accept=".txt,.docx,text/plain"
            onFile={(file) =>
              readDocumentText(file).then(
                (text) => hold({ label: file.name, text }),
                (caught: unknown) => setError(errorMessage(caught)),
              )
            }
          />
        </div>
        {held && (
          <div className="find__held" role="group" aria-label="Text being searched">
            <span>
              <strong>{held.label}</strong> · {describeSize(held.text)}, searched whole
            </span>
            <button type="button" className="button button--small" onClick={() => hold(null)}>
              Remove
            </button>
          </div>
        )}
        {(error ?? library.error) && (
          <p className="form-error" role="alert">
            {error ?? library.error}
          </p>
        )}
        {hasText && (
          <p className="find__summary" role="status">
            {shown === null
              ? 'Reading citations…'
              : `${plural(shown.occurrences.length, 'citation')}: ${plural(authorities.length, 'authority', 'authorities')} (${
                  inLibrary === null
                    ? 'checking the library'
                    : `${inLibrary} already in the library`
                }${incomplete > 0 ? `, ${incomplete} incomplete` : ''}), ${plural(shown.references, 'short form, Id. or supra', 'short forms, Id. and supra')}${
                  shown.unresolved > 0 ? ` (${shown.unresolved} citing nothing in this text)` : ''
                }.${reading ? ' Reading the changes…' : ''}`}
          </p>
        )}
        {authorities.length > 0 && (
          <AuthorityList
            authorities={authorities}
            matches={matches}
            isChosen={isChosen}
            choose={choose}
          />
        )}
        {shown && shown.occurrences.length > 0 && (
          <details open={showAll} onToggle={(event) => setShowAll(event.currentTarget.open)}>
            <summary>Every citation as found ({shown.occurrences.length})</summary>
            {showAll && <OccurrenceList occurrences={shown.occurrences} />}
          </details>
        )}
      </div>
    </Dialog>
  );
}
