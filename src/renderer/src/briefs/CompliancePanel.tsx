import {
  effectiveProfile,
  WRITTEN_SECTIONS,
  type CourtProfile,
  type ProfileOverrides,
} from '../../../shared/brief/profiles';
import { CourtRulesDialog } from './CourtRulesDialog';
import { useMemo, useState } from 'react';
import { statementWords } from '../../../shared/brief/generated';
import { missingMetadata } from '../../../shared/brief/metadata';
import type { Brief } from '../../../shared/library';
import type { BriefStats } from '../editor/plugins/compliance/ComplianceStatsPlugin';
import type { OutlineEntry } from '../editor/plugins/outline/OutlinePlugin';
import { GeneratedPreviewDialog } from './GeneratedPreviewDialog';
import { useCitationUses, type CitationUsesStore } from '../editor/plugins/citation-forms/store';

interface Props {
  brief: Brief;
  profiles: CourtProfile[];
  stats: BriefStats | null;
  outline: OutlineEntry[];
  /** The brief's citations, for the preview's table of authorities. */
  citations: CitationUsesStore;
  onProfile(profileId: string): void;
  onOverrides(overrides: ProfileOverrides): Promise<void>;
  onEditDetails(): void;
}

const numbers = new Intl.NumberFormat('en-US');

/** The brief against its court's rules, live: words against the limit, sections, citations. */
export function CompliancePanel({
  brief,
  profiles,
  stats,
  outline,
  citations,
  onProfile,
  onOverrides,
  onEditDetails,
}: Props) {
  const [previewing, setPreviewing] = useState(false);
  const [showingRules, setShowingRules] = useState(false);
  const { uses } = useCitationUses(citations);
  const citedIds = useMemo(() => [...uses.keys()], [uses]);
  const base = profiles.find((profile) => profile.id === brief.courtProfile);
  if (!base) return null;
  const profile = effectiveProfile(base, brief.profileOverrides);
  // The certificate's number: the written body plus the generated statements placed in it.
  const bodyWords = stats?.words ?? 0;
  const words = bodyWords + statementWords(brief.metadata);
  const share = words / profile.wordLimit;
  const missingDetails = missingMetadata(brief.metadata);
  const missing = profile.sections.flatMap((section) => {
    const written = WRITTEN_SECTIONS[section];
    return written && !outline.some((entry) => written.heading.test(entry.text.trim()))
      ? [written.title]
      : [];
  });

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
        {share > 1 && (
          <li className="is-over">
            {numbers.format(words - profile.wordLimit)} words over the limit
          </li>
        )}
        {missing.length === 0 ? (
          <li className="is-ok">Written sections present</li>
        ) : (
          <li className="is-near">Missing: {missing.join(', ')}</li>
        )}
        {stats && stats.unlinked.length > 0 ? (
          <li className="is-near" title={stats.unlinked.join('\n')}>
            {stats.unlinked.length} {stats.unlinked.length === 1 ? 'citation' : 'citations'} typed
            as text, not linked
          </li>
        ) : (
          <li className="is-ok">Every citation linked to the library</li>
        )}
        {missingDetails.length === 0 ? (
          <li className="is-ok">Brief details complete</li>
        ) : (
          <li className="is-near">
            Details missing: {missingDetails.join(', ')}.{' '}
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
      {showingRules && (
        <CourtRulesDialog
          profile={base}
          overrides={brief.profileOverrides}
          onSave={onOverrides}
          onClose={() => setShowingRules(false)}
        />
      )}
      {previewing && (
        <GeneratedPreviewDialog
          brief={brief}
          profile={profile}
          words={bodyWords}
          outline={outline}
          citedIds={citedIds}
          onClose={() => setPreviewing(false)}
        />
      )}
    </section>
  );
}
