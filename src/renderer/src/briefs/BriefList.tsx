import { useState } from 'react';
import type { BriefSummary, Matter } from '../../../shared/library';
import { AboutButton } from '../ui/About';
import { ConfirmDialog } from '../ui/Dialog';

interface Props {
  briefs: BriefSummary[];
  matters: Matter[];
  openId: number | null;
  onOpen(id: number): void;
  onCreate(): void;
  onCreateMatter(): void;
  onEditMatter(matter: Matter): void;
  onRemoveSample(matter: Matter): void;
  onImport(): void;
  onDelete(brief: BriefSummary): void;
  onOpenMatters(): void;
  onOpenTrash(): void;
  onOpenBackups(): void;
}

const updatedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

interface Group {
  key: string;
  matter: Matter | null;
  briefs: BriefSummary[];
}

/** Briefs under their matters (by name), then General; archived matters apart, folded. */
function groupByMatter(briefs: BriefSummary[], matters: Matter[]) {
  const known = new Set(matters.map((matter) => matter.id));
  const groupOf = (matter: Matter): Group => ({
    key: `matter-${matter.id}`,
    matter,
    briefs: briefs.filter((brief) => brief.matterId === matter.id),
  });
  const general: Group = {
    key: 'general',
    matter: null,
    briefs: briefs.filter((brief) => brief.matterId === null || !known.has(brief.matterId)),
  };
  const current = matters.filter((matter) => !matter.archivedAt).map(groupOf);
  return {
    current: general.briefs.length > 0 ? [...current, general] : current,
    archived: matters.filter((matter) => matter.archivedAt).map(groupOf),
  };
}

export function BriefList({
  briefs,
  matters,
  openId,
  onOpen,
  onCreate,
  onCreateMatter,
  onEditMatter,
  onRemoveSample,
  onImport,
  onDelete,
  onOpenMatters,
  onOpenTrash,
  onOpenBackups,
}: Props) {
  const [confirming, setConfirming] = useState<BriefSummary | null>(null);
  const [showingArchived, setShowingArchived] = useState(false);
  const { current, archived } = groupByMatter(briefs, matters);
  // A brief opened from an archived matter keeps its group in view.
  const archivedOpen = archived.some((group) => group.briefs.some((b) => b.id === openId));

  const renderGroup = ({ key, matter, briefs: members }: Group) => (
    <li key={key} className="brief-group">
      <div className="brief-group__header">
        <h3 className="brief-group__name" title={matter?.name ?? 'Briefs in no matter'}>
          {matter?.name ?? 'General'}
        </h3>
        {matter?.sample && <span className="badge">Sample</span>}
        {matter && (
          <button
            type="button"
            className="icon-button brief-group__edit"
            aria-label={`Edit matter ${matter.name}`}
            title="Edit matter"
            onClick={() => onEditMatter(matter)}
          >
            ✎
          </button>
        )}
      </div>
      {matter?.sample && (
        <p className="brief-group__note">
          A sample to try Amicus with.{' '}
          <button type="button" className="link-button" onClick={() => onRemoveSample(matter)}>
            Remove sample…
          </button>
        </p>
      )}
      <ul aria-label={matter?.name ?? 'General'}>
        {members.map((brief) => (
          <li
            key={brief.id}
            className={brief.id === openId ? 'brief-item brief-item--open' : 'brief-item'}
          >
            <button
              type="button"
              className="brief-item__open"
              aria-current={brief.id === openId}
              onClick={() => onOpen(brief.id)}
            >
              <span className="brief-item__title">{brief.title}</span>
              <span className="brief-item__meta">
                Edited {updatedFormat.format(new Date(brief.updatedAt))}
              </span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete brief ${brief.title}`}
              title="Delete brief"
              onClick={() => setConfirming(brief)}
            >
              ×
            </button>
          </li>
        ))}
        {members.length === 0 && <li className="brief-group__empty">No briefs yet.</li>}
      </ul>
    </li>
  );

  return (
    <section className="brief-list" aria-label="Briefs">
      <div className="pane-header">
        <h2 className="pane-title">Briefs</h2>
        <div className="pane-header__actions">
          <button type="button" className="button button--small" onClick={onCreateMatter}>
            New matter
          </button>
          <button type="button" className="button button--small" onClick={onImport}>
            Import Word draft
          </button>
          <button type="button" className="button button--small button--primary" onClick={onCreate}>
            New brief
          </button>
        </div>
      </div>
      <ul className="brief-groups">
        {current.map(renderGroup)}
        {current.length === 0 && <li className="results__empty">No briefs yet.</li>}
      </ul>
      {archived.length > 0 && (
        <>
          <button
            type="button"
            className="link-button brief-list__archived"
            aria-expanded={showingArchived || archivedOpen}
            onClick={() => setShowingArchived((shown) => !shown)}
          >
            Archived matters ({archived.length})
          </button>
          {(showingArchived || archivedOpen) && (
            <ul className="brief-groups brief-groups--archived">{archived.map(renderGroup)}</ul>
          )}
        </>
      )}
      <div className="brief-list__more">
        <button type="button" className="link-button" onClick={onOpenMatters}>
          Matters…
        </button>
        <button type="button" className="link-button" onClick={onOpenTrash}>
          Trash…
        </button>
        <button type="button" className="link-button" onClick={onOpenBackups}>
          Backups…
        </button>
        <AboutButton />
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete this brief?"
          message={`“${confirming.title}” goes to the trash, where it can be restored for 30 days. The library’s authorities, facts and snippets stay.`}
          confirmLabel="Delete brief"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            onDelete(confirming);
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
