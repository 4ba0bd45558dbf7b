import { useEffect, useMemo, useState } from 'react';
import { extractCitations, type ExtractedCitation } from '../../../shared/citations/extract';
import { formatCitation } from '../../../shared/citations/format';
import { runsToText, type Run } from '../../../shared/citations/runs';
import { authorityFromExtracted, authorityKey } from '../../../shared/citations/to-authority';
import { AuthorityFields } from '../../../shared/library';
import { call, errorMessage } from '../api';
import { readDocumentText } from './read-document';
import { Dialog } from '../ui/Dialog';
import { StyledRuns } from '../ui/StyledRuns';

interface Candidate {
  key: string;
  fields: AuthorityFields;
  runs: Run[];
  uses: number;
  /** Library id when the authority is already there. */
  libraryId: number | null;
}

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
const SHOWN_OCCURRENCES = 1000;

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
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Reads citations out of pasted or opened text and adds the chosen ones to the library. */
export function FindCitationsDialog({
  onClose,
  onAdded,
}: {
  onClose(): void;
  onAdded(count: number): void;
}) {
  const [text, setText] = useState('');
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const found = useMemo(() => extractCitations(text), [text]);

  useEffect(() => {
    const byKey = new Map<string, Candidate>();
    for (const [index, citation] of found.entries()) {
      const input = authorityFromExtracted(citation, { text, next: found[index + 1] });
      if (!input) continue;
      const key = JSON.stringify(authorityKey(input));
      const existing = byKey.get(key);
      if (existing) {
        existing.uses++;
      } else {
        const fields = AuthorityFields.parse(input);
        byKey.set(key, { key, fields, runs: formatCitation(fields), uses: 1, libraryId: null });
      }
    }
    const list = [...byKey.values()];
    let current = true;
    call('authority:match', {
      keys: list.map((candidate) => authorityKey(candidate.fields)),
    }).then(
      (ids) => {
        if (!current) return;
        const matched = list.map((candidate, i) => ({ ...candidate, libraryId: ids[i] ?? null }));
        setCandidates(matched);
        setChosen(
          new Set(
            matched
              .filter((candidate) => candidate.libraryId === null)
              .map((candidate) => candidate.key),
          ),
        );
      },
      (caught: unknown) => current && setError(errorMessage(caught)),
    );
    return () => {
      current = false;
    };
  }, [found, text]);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const toAdd = candidates.filter(
        (candidate) => chosen.has(candidate.key) && candidate.libraryId === null,
      );
      for (const candidate of toAdd)
        await call('authority:create', AuthorityFields.parse(candidate.fields));
      onAdded(toAdd.length);
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const references = found.length - candidates.reduce((sum, candidate) => sum + candidate.uses, 0);
  const newCount = candidates.filter(
    (candidate) => chosen.has(candidate.key) && candidate.libraryId === null,
  ).length;

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
            disabled={busy || newCount === 0}
            onClick={() => void add()}
          >
            Add {newCount} to library
          </button>
        </>
      }
    >
      <div className="find">
        <div className="find__input">
          <textarea
            aria-label="Text to search for citations"
            placeholder="Paste an opinion, a brief or any text…"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
          />
          <label className="button">
            Open a file…
            <input
              type="file"
              accept=".txt,.docx,text/plain"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file)
                  readDocumentText(file).then(setText, (caught: unknown) =>
                    setError(errorMessage(caught)),
                  );
              }}
            />
          </label>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {text && (
          <p className="find__summary" role="status">
            {found.length} citations: {candidates.length} authorities (
            {candidates.filter((c) => c.libraryId !== null).length} already in the library),{' '}
            {references} short forms, Id. and supra.
          </p>
        )}
        {candidates.length > 0 && (
          <table className="find__table">
            <thead>
              <tr>
                <th scope="col">Add</th>
                <th scope="col">Authority</th>
                <th scope="col">Kind</th>
                <th scope="col">Uses</th>
                <th scope="col">Library</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => {
                const { fields, runs } = candidate;
                const label = runsToText(runs);
                return (
                  <tr key={candidate.key}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Add ${label}`}
                        disabled={candidate.libraryId !== null}
                        checked={candidate.libraryId === null && chosen.has(candidate.key)}
                        onChange={(event) =>
                          setChosen((current) => {
                            const next = new Set(current);
                            if (event.target.checked) next.add(candidate.key);
                            else next.delete(candidate.key);
                            return next;
                          })
                        }
                      />
                    </td>
                    <td className="find__cite">
                      <StyledRuns runs={runs} />
                    </td>
                    <td>
                      {fields.kind === 'agency'
                        ? 'Agency'
                        : fields.kind[0]?.toUpperCase() + fields.kind.slice(1)}
                    </td>
                    <td>{candidate.uses}</td>
                    <td>
                      {candidate.libraryId !== null ? (
                        <span className="badge badge--ok">In library</span>
                      ) : (
                        <span className="badge">New</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {found.length > 0 && (
          <details open={showAll} onToggle={(event) => setShowAll(event.currentTarget.open)}>
            <summary>Every citation as found ({found.length})</summary>
            {showAll && (
              <ol className="find__occurrences">
                {found.slice(0, SHOWN_OCCURRENCES).map((citation, index) => (
                  <li key={index}>
                    <span className="badge">{KIND_LABELS[citation.kind]}</span>{' '}
                    {text.slice(citation.span[0], citation.span[1])}
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
                  </li>
                ))}
                {found.length > SHOWN_OCCURRENCES && (
                  <li>…and {found.length - SHOWN_OCCURRENCES} more.</li>
                )}
              </ol>
            )}
          </details>
        )}
      </div>
    </Dialog>
  );
}
