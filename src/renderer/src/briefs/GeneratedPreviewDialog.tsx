import {
  generatedParts,
  interestIndex,
  statementsIndex,
  type GeneratedSection,
} from '../../../shared/brief/generated';
import type { BriefRules } from '../../../shared/brief/rules';
import { buildTableOfAuthorities } from '../../../shared/citations/table';
import type { Brief } from '../../../shared/library';
import { useAuthorities } from '../library/authority-cache';
import type { OutlineEntry } from '../editor/plugins/reading/BriefReadingPlugin';
import { Dialog } from '../ui/Dialog';
import { StyledRuns } from '../ui/StyledRuns';

interface Props {
  brief: Brief;
  rules: BriefRules;
  /** The written body's FRAP 32(f) count, before the generated statements. */
  words: number;
  outline: readonly OutlineEntry[];
  /** The authorities the brief cites, by id. */
  citedIds: readonly number[];
  onClose(): void;
}

function GeneratedPart({ section }: { section: GeneratedSection | null }) {
  if (!section) return null;
  return (
    <section className="generated" aria-label={section.title}>
      <h3 className="generated__title">{section.title}</h3>
      <div className={`generated__page generated__page--${section.section}`}>
        {section.paragraphs.map((paragraph, index) => (
          <p
            key={index}
            className={[
              paragraph.center && 'is-center',
              paragraph.bold && 'is-bold',
              paragraph.gap && 'has-gap',
              paragraph.flag && 'is-flagged',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {paragraph.text}
          </p>
        ))}
      </div>
    </section>
  );
}

const PAGES_NOTE =
  'Page numbers are set when the brief is exported, and Word updates them when the document opens.';

/** The parts Amicus builds from the brief's details and its body, as they will read in the filing. */
export function GeneratedPreviewDialog({ brief, rules, words, outline, citedIds, onClose }: Props) {
  const mainHeading = (entry: OutlineEntry) => (entry.level === 1 ? entry.text : null);
  const hasInterest = interestIndex(outline, mainHeading) >= 0;
  const parts = generatedParts(brief.metadata, rules, words, hasInterest);
  // The editor has already fetched what the brief cites.
  const authorities = useAuthorities(citedIds);

  // The contents as the export writes them: the statements after the statement of interest,
  // the certificates at the end.
  const at = statementsIndex(outline, mainHeading);
  const generatedInterest =
    parts.interest && !hasInterest ? [{ text: parts.interest.title, level: 1 }] : [];
  const contents = [
    { text: 'Table of Authorities', level: 1 },
    ...generatedInterest,
    ...outline.slice(0, at),
    ...(parts.rule29 ? [{ text: parts.rule29.title, level: 1 }] : []),
    ...outline.slice(at),
    { text: parts.compliance.title, level: 1 },
    { text: parts.service.title, level: 1 },
  ];
  const table = buildTableOfAuthorities(
    (authorities ?? []).map((authority) => ({ authority, page: 0 })),
    { style: brief.citationStyle, act: brief.metadata.actCitations },
  );

  return (
    <Dialog
      title="Generated parts of the brief"
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <GeneratedPart section={parts.cover} />
      <GeneratedPart section={parts.disclosure} />
      <section className="generated" aria-label="Table of Contents">
        <h3 className="generated__title">Table of Contents</h3>
        <div className="generated__page">
          {contents.map((entry, index) => (
            <p key={index} className={`generated__entry generated__entry--${entry.level}`}>
              {entry.text}
            </p>
          ))}
          <p className="generated__note">{PAGES_NOTE}</p>
        </div>
      </section>
      <section className="generated" aria-label="Table of Authorities">
        <h3 className="generated__title">Table of Authorities</h3>
        <div className="generated__page">
          {authorities === null ? (
            <p>Reading the cited authorities…</p>
          ) : table.length === 0 ? (
            <p>The brief cites no authority from the library yet.</p>
          ) : (
            table.map((section) => (
              <div key={section.category}>
                <p className="is-bold">{section.category}</p>
                {section.entries.map((entry) => (
                  <p key={entry.authorityId} className="generated__entry generated__entry--2">
                    <StyledRuns runs={entry.runs} />
                  </p>
                ))}
              </div>
            ))
          )}
          <p className="generated__note">{PAGES_NOTE}</p>
        </div>
      </section>
      <GeneratedPart section={parts.interest} />
      <GeneratedPart section={parts.authority} />
      <GeneratedPart section={parts.rule29} />
      <GeneratedPart section={parts.signature} />
      <GeneratedPart section={parts.compliance} />
      <GeneratedPart section={parts.service} />
    </Dialog>
  );
}
