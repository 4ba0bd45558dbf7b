import { useRef } from 'react';
import { formatCitation, standalone, type CitationStyle } from '../../../shared/citations/format';
import { runsToText } from '../../../shared/citations/runs';
import { useCitationUses, type CitationUsesStore } from '../editor/plugins/citation-forms/store';
import { useAuthority } from '../library/authority-cache';

interface Props {
  store: CitationUsesStore;
  style: CitationStyle;
  /** Scrolls the editor to a citation node. */
  onJump(key: string): void;
}

/** The authorities the open brief cites, with how often; choosing one steps through its uses. */
export function CitedAuthorities({ store, style, onJump }: Props) {
  const { uses } = useCitationUses(store);
  const nextUse = useRef(new Map<number, number>());
  return (
    <section className="cited" aria-label="Cited authorities">
      <h2 className="pane-title">Cited authorities</h2>
      {uses.size === 0 ? (
        <p className="results__empty">Citations you insert appear here.</p>
      ) : (
        <ul>
          {[...uses].map(([authorityId, keys]) => (
            <CitedRow
              key={authorityId}
              authorityId={authorityId}
              style={style}
              count={keys.length}
              onJump={() => {
                const index = (nextUse.current.get(authorityId) ?? 0) % keys.length;
                nextUse.current.set(authorityId, index + 1);
                const key = keys[index];
                if (key) onJump(key);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function CitedRow({
  authorityId,
  style,
  count,
  onJump,
}: {
  authorityId: number;
  style: CitationStyle;
  count: number;
  onJump(): void;
}) {
  const authority = useAuthority(authorityId);
  const label = authority
    ? runsToText(formatCitation(authority, {}, standalone('short'), style))
    : authority === null
      ? 'Deleted authority'
      : '…';
  return (
    <li>
      <button type="button" className="cited__row" title="Go to the next use" onClick={onJump}>
        <span className="cited__name">{label}</span>
        <span className="cited__count" aria-label={`${count} ${count === 1 ? 'use' : 'uses'}`}>
          {count}
        </span>
      </button>
    </li>
  );
}
