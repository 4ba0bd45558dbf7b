import { useEffect, useRef, useState } from 'react';
import { formatCitation } from '../../../shared/citations/format';
import { runsToText } from '../../../shared/citations/runs';
import {
  AUTHORITY_KIND_LABELS,
  type Authority,
  type Fact,
  type Matter,
  type SearchHit,
  type SearchType,
  type Snippet,
} from '../../../shared/library';
import { excerpt } from '../../../shared/words';
import { call, errorMessage } from '../api';
import { StyledRuns } from '../ui/StyledRuns';
import { AuthorityForm } from './AuthorityForm';
import { FactForm } from './FactForm';
import { prepareCitationWorker } from './citation-worker';
import { FindCitationsDialog } from './FindCitationsDialog';
import { useNotify } from '../ui/toasts';
import { SnippetForm } from './SnippetForm';

export interface Inserters {
  citation(authority: Authority): void;
  fact(fact: Fact): void;
  snippet(snippet: Snippet): void;
}

type Filter = 'all' | SearchType;
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'authority', label: 'Authorities' },
  { value: 'fact', label: 'Facts' },
  { value: 'snippet', label: 'Snippets' },
];

type Editing =
  | { type: 'authority'; record: Authority | null }
  | { type: 'fact'; record: Fact | null }
  | { type: 'snippet'; record: Snippet | null; initialContent?: string };

interface Props {
  insert: Inserters;
  canInsert: boolean;
  matters: Matter[];
  matterId: number | null;
  /** A request from outside (the editor) to open a new snippet with content. */
  newSnippetContent: string | null;
  onNewSnippetHandled(): void;
  /** Changes when the library's records changed elsewhere (a page map): search again. */
  generation: number;
}

export function LibraryPanel({
  insert,
  canInsert,
  matters,
  matterId,
  newSnippetContent,
  onNewSnippetHandled,
  generation: outsideGeneration,
}: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  useEffect(prepareCitationWorker, []);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [generation, setGeneration] = useState(0);
  const [finding, setFinding] = useState(false);
  const [allMatters, setAllMatters] = useState(false);
  const notify = useNotify();
  const latest = useRef(0);
  // With a brief open, its matter's facts and snippets (and General's) unless all are asked for.
  const scope = canInsert && !allMatters ? matterId : undefined;
  const matterName = (id: number | null) =>
    id === null ? 'General' : (matters.find((matter) => matter.id === id)?.name ?? 'a matter');

  useEffect(() => {
    const request = ++latest.current;
    call('library:search', {
      text: query,
      types: filter === 'all' ? undefined : [filter],
      matterId: scope,
      limit: 30,
    }).then(
      (found) => {
        if (request !== latest.current) return; // a newer keystroke's answer wins
        setHits(found);
        setError(null);
      },
      (caught: unknown) => request === latest.current && setError(errorMessage(caught)),
    );
  }, [query, filter, scope, generation, outsideGeneration]);

  useEffect(() => {
    if (newSnippetContent === null) return;
    setEditing({ type: 'snippet', record: null, initialContent: newSnippetContent });
    onNewSnippetHandled();
  }, [newSnippetContent, onNewSnippetHandled]);

  const refresh = () => setGeneration((value) => value + 1);
  const close = () => setEditing(null);

  return (
    <aside className="library" aria-label="Library">
      <div className="library__header">
        <h2 className="pane-title">Library</h2>
        <div className="library__new">
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing({ type: 'authority', record: null })}
          >
            + Authority
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing({ type: 'fact', record: null })}
          >
            + Fact
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing({ type: 'snippet', record: null })}
          >
            + Snippet
          </button>
          <button type="button" className="button button--small" onClick={() => setFinding(true)}>
            Find citations…
          </button>
        </div>
      </div>
      <input
        type="search"
        className="library__search"
        aria-label="Search library"
        placeholder="Search cases, facts, snippets…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="segmented" role="radiogroup" aria-label="Show">
        {FILTERS.map(({ value, label }) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={filter === value}
            className="segmented__option"
            onClick={() => setFilter(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {canInsert && (
        <div className="segmented segmented--scope" role="radiogroup" aria-label="Search in">
          <button
            type="button"
            role="radio"
            aria-checked={!allMatters}
            className="segmented__option"
            title="Facts and snippets of this brief’s matter, and General’s"
            onClick={() => setAllMatters(false)}
          >
            {matterId === null ? 'General' : `This matter: ${matterName(matterId)}`}
          </button>
          <button
            type="button"
            role="radio"
            aria-checked={allMatters}
            className="segmented__option"
            onClick={() => setAllMatters(true)}
          >
            All matters
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="results" aria-label="Search results">
        {hits.length === 0 && !error && (
          <li className="results__empty">
            {query
              ? `Nothing in ${scope === undefined ? 'the library' : 'this matter or General'} matches.`
              : 'The library is empty.'}
          </li>
        )}
        {hits.map((hit) => (
          <HitItem
            key={`${hit.type}-${hitRecordId(hit)}`}
            hit={hit}
            insert={insert}
            canInsert={canInsert}
            onEdit={setEditing}
            fromMatter={fromOtherMatter(hit, matterId, canInsert, matterName)}
          />
        ))}
      </ul>
      {finding && (
        <FindCitationsDialog
          onClose={() => setFinding(false)}
          onAdded={(count) => {
            notify(`Added ${count} ${count === 1 ? 'authority' : 'authorities'} to the library.`);
            refresh();
          }}
        />
      )}
      {editing?.type === 'authority' && (
        <AuthorityForm authority={editing.record} onClose={close} onSaved={refresh} />
      )}
      {editing?.type === 'fact' && (
        <FactForm
          fact={editing.record}
          matters={matters}
          defaultMatterId={matterId}
          onClose={close}
          onSaved={refresh}
        />
      )}
      {editing?.type === 'snippet' && (
        <SnippetForm
          snippet={editing.record}
          initialContent={editing.initialContent}
          matters={matters}
          defaultMatterId={matterId}
          onClose={close}
          onSaved={refresh}
        />
      )}
    </aside>
  );
}

/** Where a fact or snippet from another matter than the brief's comes from, to say so. */
function fromOtherMatter(
  hit: SearchHit,
  briefMatterId: number | null,
  briefOpen: boolean,
  matterName: (id: number | null) => string,
): string | undefined {
  if (hit.type === 'authority') return undefined;
  const own = hit.type === 'fact' ? hit.fact.matterId : hit.snippet.matterId;
  if (own === null || (briefOpen && own === briefMatterId)) return undefined;
  return matterName(own);
}

function hitRecordId(hit: SearchHit): number {
  return hit.type === 'authority'
    ? hit.authority.id
    : hit.type === 'fact'
      ? hit.fact.id
      : hit.snippet.id;
}

interface HitProps {
  hit: SearchHit;
  /** The matter a fact or snippet belongs to, when it is not the open brief's. */
  fromMatter?: string;
  insert: Inserters;
  canInsert: boolean;
  onEdit(editing: Editing): void;
}

function HitItem({ hit, insert, canInsert, onEdit, fromMatter }: HitProps) {
  const notify = useNotify();
  /** A fact or snippet is fetched whole when inserted or opened: its hit carries a summary. */
  const withRecord =
    <T,>(load: () => Promise<T>, use: (record: T) => void) =>
    () =>
      load().then(use, (caught: unknown) => notify(errorMessage(caught), 'error'));
  let badge: string;
  let body: React.ReactNode;
  let insertLabel: string;
  let onInsert: () => void;
  let onEditClick: () => void;
  switch (hit.type) {
    case 'authority': {
      const runs = formatCitation(hit.authority);
      badge = AUTHORITY_KIND_LABELS[hit.authority.kind];
      body = (
        <div className="hit__title">
          <StyledRuns runs={runs} />
        </div>
      );
      insertLabel = `Insert citation: ${runsToText(runs)}`;
      onInsert = () => insert.citation(hit.authority);
      onEditClick = () => onEdit({ type: 'authority', record: hit.authority });
      break;
    }
    case 'fact': {
      const fact = () => call('fact:get', { id: hit.fact.id });
      badge = hit.fact.confidential ? 'Confidential fact' : 'Fact';
      body = (
        <>
          <div className="hit__text">{hit.fact.excerpt}</div>
          {hit.fact.recordCite && (
            <div className="hit__meta">
              {hit.fact.recordCite}
              {!hit.fact.recordPage && (
                <span className="hit__note"> · as typed, not a record page</span>
              )}
            </div>
          )}
        </>
      );
      insertLabel = `Insert fact: ${excerpt(hit.fact.excerpt, 60)}`;
      onInsert = withRecord(fact, insert.fact);
      onEditClick = withRecord(fact, (record) => onEdit({ type: 'fact', record }));
      break;
    }
    case 'snippet': {
      const snippet = () => call('snippet:get', { id: hit.snippet.id });
      badge = 'Snippet';
      body = (
        <>
          <div className="hit__title">{hit.snippet.title}</div>
          <div className="hit__text">{excerpt(hit.snippet.excerpt, 160)}</div>
        </>
      );
      insertLabel = `Insert snippet: ${hit.snippet.title}`;
      onInsert = withRecord(snippet, insert.snippet);
      onEditClick = withRecord(snippet, (record) => onEdit({ type: 'snippet', record }));
      break;
    }
  }
  return (
    <li className={`hit hit--${hit.type}`}>
      <span className="hit__badge">{badge}</span>
      {fromMatter && <span className="hit__matter">from {fromMatter}</span>}
      {body}
      <div className="hit__actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={insertLabel}
          title={canInsert ? 'Insert at the caret' : 'Open a brief first'}
          disabled={!canInsert}
          onClick={onInsert}
        >
          Insert
        </button>
        <button type="button" className="button button--small" onClick={onEditClick}>
          Edit
        </button>
      </div>
    </li>
  );
}
