import { useMemo, useState } from 'react';
import { disagrees } from '../../../shared/brief/agreement';
import { plural } from '../../../shared/words';
import { generatedParts, interestIndex, missingDetails } from '../../../shared/brief/generated';
import {
  WRITTEN_SECTIONS,
  type CourtProfile,
  type ProfileOverrides,
} from '../../../shared/brief/profiles';
import { BLOCK_QUOTATION_WORDS } from '../../../shared/brief/quotations';
import { briefRules, ruleProblems } from '../../../shared/brief/rules';
import { dayAndDate, todayIso } from '../../../shared/dates';
import { daysBetween, filingDeadline, type FilingDeadline } from '../../../shared/brief/deadline';
import { shortFormTakesPin } from '../../../shared/citations/format';
import { countTreated, treatedCountText } from '../../../shared/citations/treatment';
import {
  ACT_PARALLELS,
  ACT_SHORT_FORMS,
  CITATION_STYLE_RULES,
  CITATION_STYLES,
  type ActCitations,
  type CitationStyle,
} from '../../../shared/citations/styles';
import type { Brief } from '../../../shared/library';
import { useAuthorities } from '../library/authority-cache';
import type { BriefStats } from '../editor/plugins/reading/BriefReadingPlugin';
import { useCitationUses, type CitationUsesStore } from '../editor/plugins/citation-forms/store';
import type { OutlineEntry } from '../editor/plugins/reading/BriefReadingPlugin';
import { CourtRulesDialog } from './CourtRulesDialog';
import { GeneratedPreviewDialog } from './GeneratedPreviewDialog';

const ACT_PARALLEL_LABELS: Record<ActCitations['parallel'], string> = {
  'act-cited': 'INA sections with their 8 U.S.C. parallel',
  all: 'INA and 8 U.S.C. sections with both numbers',
  none: 'INA and 8 U.S.C. sections as cited',
};
const ACT_SHORT_FORM_LABELS: Record<ActCitations['shortForm'], string> = {
  'as-cited': 'Later citations as first cited',
  act: 'Later citations by INA section',
  code: 'Later citations by 8 U.S.C. section',
};

interface Props {
  brief: Brief;
  profiles: CourtProfile[];
  stats: BriefStats | null;
  outline: OutlineEntry[];
  /** The brief's citations, for the preview's table of authorities and the pin check. */
  citations: CitationUsesStore;
  onProfile(profileId: string): void;
  onCompare(): void;
  onRecordMap(): void;
  onCitationStyle(style: CitationStyle): void;
  onActCitations(act: ActCitations): void;
  onOverrides(overrides: ProfileOverrides): Promise<void>;
  onEditDetails(): void;
  /** Makes the headings that name the amici agree with their number. */
  onFixHeadings(): void;
}

const numbers = new Intl.NumberFormat('en-US');

/** The brief against its court's rules on its date, live: words, type, sections, citations. */
export function CompliancePanel({
  brief,
  profiles,
  stats,
  outline,
  citations,
  onProfile,
  onCompare,
  onRecordMap,
  onCitationStyle,
  onActCitations,
  onOverrides,
  onEditDetails,
  onFixHeadings,
}: Props) {
  const [previewing, setPreviewing] = useState(false);
  const [showingRules, setShowingRules] = useState(false);
  const { uses, unpinnedShort } = useCitationUses(citations);
  const citedIds = useMemo(() => [...uses.keys()], [uses]);
  const cited = useAuthorities(citedIds);
  // A statute's short form is its section; the others cite a page.
  const unpinned = (cited ?? [])
    .filter(shortFormTakesPin)
    .flatMap((authority) => uses.get(authority.id) ?? [])
    .filter((key) => unpinnedShort.includes(key));
  const treated = countTreated(
    (cited ?? []).map((authority) => ({ authority, uses: uses.get(authority.id)?.length ?? 0 })),
  );
  const base = profiles.find((profile) => profile.id === brief.courtProfile);
  if (!base) return null;
  const { metadata } = brief;
  const rules = briefRules(base, brief.profileOverrides, metadata.filingDate, todayIso());
  const { profile } = rules;
  const mainHeading = (entry: OutlineEntry) => (entry.level === 1 ? entry.text : null);
  const hasInterest = interestIndex(outline, mainHeading) >= 0;
  // The certificate's number: the written body plus the generated statements placed in it.
  const parts = generatedParts(metadata, rules, stats?.words ?? 0, hasInterest);
  const words = parts.words;
  const share = words / profile.wordLimit;
  const problems = ruleProblems(rules, metadata, words);
  const missing = missingDetails(metadata, rules);
  const several = metadata.amici.length > 1;
  const disagreeing =
    metadata.amici.length > 0 ? outline.filter((entry) => disagrees(entry.text, several)) : [];
  const absentSections = profile.sections.flatMap((section) => {
    const written = WRITTEN_SECTIONS[section];
    const present =
      outline.some((entry) => written?.heading.test(entry.text.trim())) ||
      (section === 'interest' && parts.interest !== null);
    return written && !present ? [written.title] : [];
  });
  const quotations = stats?.quotations ?? [];

  return (
    <section className="compliance" aria-label="Compliance">
      <h2 className="pane-title">Compliance</h2>
      <select
        className="compliance__court"
        aria-label="Court and stage"
        value={brief.courtProfile}
        onChange={(event) => onProfile(event.target.value)}
      >
        {profiles.map((option) => (
          <option key={option.id} value={option.id}>
            {option.court.replace('United States Court of Appeals for the ', '')} — {option.stage}
          </option>
        ))}
      </select>
      <select
        className="compliance__court"
        aria-label="Citation style"
        value={brief.citationStyle}
        onChange={(event) => onCitationStyle(event.target.value as CitationStyle)}
      >
        {CITATION_STYLES.map((style) => (
          <option key={style} value={style} title={CITATION_STYLE_RULES[style].description}>
            {CITATION_STYLE_RULES[style].label}
          </option>
        ))}
      </select>
      <select
        className="compliance__court"
        aria-label="Parallel citation of the INA and 8 U.S.C."
        title={CITATION_STYLE_RULES[brief.citationStyle].sources.actSection}
        value={brief.metadata.actCitations.parallel}
        onChange={(event) =>
          onActCitations({
            ...brief.metadata.actCitations,
            parallel: event.target.value as ActCitations['parallel'],
          })
        }
      >
        {ACT_PARALLELS.map((parallel) => (
          <option key={parallel} value={parallel}>
            {ACT_PARALLEL_LABELS[parallel]}
          </option>
        ))}
      </select>
      <select
        className="compliance__court"
        aria-label="Later citations to the INA"
        value={brief.metadata.actCitations.shortForm}
        onChange={(event) =>
          onActCitations({
            ...brief.metadata.actCitations,
            shortForm: event.target.value as ActCitations['shortForm'],
          })
        }
      >
        {ACT_SHORT_FORMS.map((shortForm) => (
          <option key={shortForm} value={shortForm}>
            {ACT_SHORT_FORM_LABELS[shortForm]}
          </option>
        ))}
      </select>
      <div
        className={`compliance__words ${share > 1 ? 'is-over' : share > 0.9 ? 'is-near' : ''}`}
        title={profile.sources.wordLimit}
      >
        <span>
          {numbers.format(words)} of {numbers.format(profile.wordLimit)} words
        </span>
        <div
          className="meter"
          role="meter"
          aria-label="Words used"
          aria-valuemin={0}
          aria-valuemax={profile.wordLimit}
          aria-valuenow={words}
        >
          <div className="meter__fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
        </div>
      </div>
      <ul className="compliance__checks">
        {problems.map((problem) => (
          <li
            key={problem.message}
            className={problem.severity === 'breaks' ? 'is-over' : 'is-near'}
          >
            {problem.message}
          </li>
        ))}
        {absentSections.length === 0 ? (
          <li className="is-ok">Written sections present</li>
        ) : (
          <li className="is-near">Missing: {absentSections.join(', ')}</li>
        )}
        {disagreeing.length > 0 && (
          <li className="is-near">
            {disagreeing.map((entry) => `“${entry.text}”`).join(', ')}{' '}
            {disagreeing.length === 1 ? 'names' : 'name'} {several ? 'one amicus' : 'several amici'}
            ; the brief has {plural(metadata.amici.length, 'amicus', 'amici')}.{' '}
            <button type="button" className="link-button" onClick={onFixHeadings}>
              Fix headings
            </button>
          </li>
        )}
        {stats && stats.unlinked.length > 0 ? (
          <li className="is-near" title={stats.unlinked.join('\n')}>
            {plural(stats.unlinked.length, 'citation')} typed as text, not linked
          </li>
        ) : (
          <li className="is-ok">Every citation linked to the library</li>
        )}
        {unpinned.length > 0 && (
          <li className="is-near">
            {plural(unpinned.length, 'short citation')} without a pin cite (Bluepages B10.2: a short
            form cites the page)
          </li>
        )}
        {treated.map((count) => (
          <li
            key={count.status}
            className={count.warning ? 'is-near' : 'is-info'}
            title={`${count.labels.join(', ')}: hover a citation’s mark for the treatment and its source`}
          >
            {treatedCountText(count)}
          </li>
        ))}
        {quotations.map((quotation) => (
          <li key={`${quotation.kind}${quotation.opening}`} className="is-near">
            {quotation.kind === 'short-block'
              ? `Block quotation of ${plural(quotation.words, 'word')} (“${quotation.opening}”): under ${BLOCK_QUOTATION_WORDS}, run it in the text (Bluebook Rule 5.1).`
              : `Quotation of ${plural(quotation.words, 'word')} in the text (“${quotation.opening}”): ${BLOCK_QUOTATION_WORDS} or more, set it as a block quotation (Bluebook Rule 5.1).`}
          </li>
        ))}
        <DeadlineCheck
          deadline={filingDeadline(metadata, rules)}
          filingDate={metadata.filingDate}
          onEditDetails={onEditDetails}
        />
        {metadata.carriedFrom && (
          <li className="is-near">
            Copied from another brief; its case’s details were cleared.{' '}
            <button type="button" className="link-button" onClick={onEditDetails}>
              Review details
            </button>
          </li>
        )}
        {missing.length === 0 ? (
          <li className="is-ok">Brief details complete</li>
        ) : (
          <li className="is-near">
            Details missing: {missing.join(', ')}.{' '}
            <button type="button" className="link-button" onClick={onEditDetails}>
              Add them
            </button>
          </li>
        )}
      </ul>
      <button type="button" className="link-button" onClick={() => setShowingRules(true)}>
        Court rules
        {Object.keys(brief.profileOverrides).length > 0 ? ' (changed for this brief)' : ''}…
      </button>
      <button type="button" className="link-button" onClick={() => setPreviewing(true)}>
        Preview the generated parts
      </button>
      <button
        type="button"
        className="link-button"
        aria-label="Compare with party's brief"
        onClick={onCompare}
      >
        Compare with party’s brief…
      </button>
      <button type="button" className="link-button" onClick={onRecordMap}>
        Record page map…
      </button>
      {showingRules && (
        <CourtRulesDialog
          rules={rules}
          onSave={onOverrides}
          onClose={() => setShowingRules(false)}
        />
      )}
      {previewing && (
        <GeneratedPreviewDialog
          brief={brief}
          rules={rules}
          words={stats?.words ?? 0}
          outline={outline}
          citedIds={citedIds}
          onClose={() => setPreviewing(false)}
        />
      )}
    </section>
  );
}

/** When the brief is due, how long is left, and what the rule counts from if it is not known. */
function DeadlineCheck({
  deadline,
  filingDate,
  onEditDetails,
}: {
  deadline: FilingDeadline;
  filingDate: string;
  onEditDetails(): void;
}) {
  if (deadline.kind === 'none') return null;
  if (deadline.kind === 'needs') {
    return (
      <li className="is-near">
        Deadline ({deadline.rule}): counted from {deadline.what}.{' '}
        <button type="button" className="link-button" onClick={onEditDetails}>
          Enter the date
        </button>
      </li>
    );
  }
  const left = daysBetween(todayIso(), deadline.due);
  const late = filingDate ? filingDate > deadline.due : left < 0;
  const when =
    filingDate && late
      ? `; the filing date, ${dayAndDate(filingDate)}, is after it`
      : left > 1
        ? ` (${plural(left, 'day')} left)`
        : left === 1
          ? ' (tomorrow)'
          : left === 0
            ? ' (today)'
            : ` (${plural(-left, 'day')} ago)`;
  return (
    <li className={late ? 'is-over' : left <= 3 ? 'is-near' : 'is-ok'} title={deadline.reason}>
      Due {dayAndDate(deadline.due)}
      {when}.
      {deadline.stateHoliday &&
        ` ${deadline.stateHoliday.state} keeps ${deadline.stateHoliday.name} that day; if the clerk does, the period runs one day more (Fed. R. App. P. 26(a)(6)(C); ${deadline.stateHoliday.source}).`}
    </li>
  );
}
