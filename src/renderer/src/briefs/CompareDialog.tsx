import { useState } from 'react';
import { formatCitation, type CitationStyle } from '../../../shared/citations/format';
import { runsToText } from '../../../shared/citations/runs';
import {
  compareWithPartyBrief,
  type AmicusParagraph,
  type Overlap,
} from '../../../shared/brief/overlap';
import { plural } from '../../../shared/words';
import { errorMessage } from '../api';
import type { CitationUsesStore } from '../editor/plugins/citation-forms/store';
import { authorityCache } from '../library/authority-cache';
import { readDocumentText } from '../library/read-document';
import { Dialog } from '../ui/Dialog';
import { FileButton } from '../ui/FileButton';

interface Props {
  /** The brief's paragraphs as they now stand, each citation a break. */
  paragraphs(): AmicusParagraph[];
  citations: CitationUsesStore;
  style: CitationStyle;
  /** The party's brief compared last, kept while the app runs. */
  partyText: string;
  onPartyText(text: string): void;
  onJump(id: string): void;
  onClose(): void;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Shows, paragraph by paragraph, how much the brief repeats the party's (copied or restated),
 * and which authorities both cite, so the attorney can cut what the court would read twice.
 */
export function CompareDialog(props: Props) {
  const { paragraphs, citations, style, partyText, onPartyText, onJump, onClose } = props;
  const [text, setText] = useState(partyText);
  const [result, setResult] = useState<Overlap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const compare = async (party: string) => {
    setBusy(true);
    setError(null);
    try {
      const uses = citations.get().uses;
      // The chips have loaded the brief's authorities already; the cache fetches only the rest.
      const ids = [...uses.keys()];
      await authorityCache.load(ids);
      const authorities = ids.flatMap((id) => authorityCache.get(id) ?? []);
      const cited = authorities.map((authority) => ({
        label: runsToText(formatCitation(authority, {}, undefined, style)),
        fields: authority,
        uses: uses.get(authority.id)?.length ?? 0,
      }));
      setResult(compareWithPartyBrief(paragraphs(), cited, party));
      onPartyText(party);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const flagged = result?.paragraphs.filter((paragraph) => paragraph.level !== 'apart') ?? [];
  return (
    <Dialog
      title="Compare with party’s brief"
      onClose={onClose}
      wide
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !text.trim()}
            onClick={() => void compare(text)}
          >
            {busy ? 'Comparing…' : 'Compare'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="field__hint">
        Open or paste the brief of the party this brief supports. Courts disfavor an amicus brief
        that repeats the party’s argument (see{' '}
        <cite>Prairie Rivers Network v. Dynegy Midwest Generation, LLC</cite>, 976 F.3d 761 (7th
        Cir. 2020) (Scudder, J., in chambers)). The text stays on this computer.
      </p>
      <div className="find__input">
        <textarea
          aria-label="Party’s brief"
          placeholder="Paste the party’s brief…"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={5}
        />
        <FileButton
          label="Open a file…"
          accept=".txt,.docx,text/plain"
          onFile={(file) =>
            readDocumentText(file).then(
              (read) => {
                setText(read);
                void compare(read);
              },
              (caught: unknown) => setError(errorMessage(caught)),
            )
          }
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <p className="find__summary" role="status">
            {flagged.length === 0
              ? `No paragraph of this brief repeats the party’s (${plural(result.partyWords, 'word')} compared).`
              : `${plural(flagged.length, 'paragraph')} of ${result.paragraphs.length} repeat${flagged.length === 1 ? 's' : ''} the party’s brief, copied or restated.`}{' '}
            {plural(result.authorities.length, 'authority', 'authorities')} cited by both;{' '}
            {result.partyOnly === 0
              ? 'the party cites none this brief does not.'
              : `the party cites ${plural(result.partyOnly, 'other')} this brief does not.`}
          </p>
          {flagged.length > 0 && (
            <ul
              className="compare__paragraphs"
              aria-label="Paragraphs that repeat the party’s brief"
            >
              {flagged.map((paragraph) => (
                <li key={paragraph.id} className={`compare__paragraph is-${paragraph.level}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onJump(paragraph.id);
                      onClose();
                    }}
                  >
                    “{paragraph.opening}…”
                  </button>
                  <span className="compare__share">
                    {paragraph.level === 'repeats' ? 'Copied' : 'Restated'}:{' '}
                    {percent(paragraph.share)}
                  </span>
                  {paragraph.sharedSentences.length > 0 && (
                    <ul className="compare__sentences">
                      {paragraph.sharedSentences.map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          {result.authorities.length > 0 && (
            <table className="find__table" aria-label="Authorities both briefs cite">
              <thead>
                <tr>
                  <th>Authority</th>
                  <th>This brief</th>
                  <th>Party’s brief</th>
                </tr>
              </thead>
              <tbody>
                {result.authorities.map((authority) => (
                  <tr key={authority.label}>
                    <td>{authority.label}</td>
                    <td>{authority.amicusUses}</td>
                    <td>{authority.partyUses}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Dialog>
  );
}
