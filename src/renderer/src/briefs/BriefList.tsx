import { useState } from 'react';
import type { BriefSummary } from '../../../shared/library';
import { ConfirmDialog } from '../ui/Dialog';

interface Props {
  briefs: BriefSummary[];
  openId: number | null;
  onOpen(id: number): void;
  onCreate(): void;
  onDelete(brief: BriefSummary): void;
  onOpenTrash(): void;
  onOpenBackups(): void;
}

const updatedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function BriefList({
  briefs,
  openId,
  onOpen,
  onCreate,
  onDelete,
  onOpenTrash,
  onOpenBackups,
}: Props) {
  const [confirming, setConfirming] = useState<BriefSummary | null>(null);
  return (
    <section className="brief-list" aria-label="Briefs">
      <div className="pane-header">
        <h2 className="pane-title">Briefs</h2>
        <button type="button" className="button button--small button--primary" onClick={onCreate}>
          New brief
        </button>
      </div>
      <ul>
        {briefs.map((brief) => (
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
        {briefs.length === 0 && <li className="results__empty">No briefs yet.</li>}
      </ul>
      <div className="brief-list__more">
        <button type="button" className="link-button" onClick={onOpenTrash}>
          Trash…
        </button>
        <button type="button" className="link-button" onClick={onOpenBackups}>
          Backups…
        </button>
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
