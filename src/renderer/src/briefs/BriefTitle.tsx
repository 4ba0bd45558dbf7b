import { useEffect, useState } from 'react';

interface Props {
  title: string;
  onRename(title: string): void;
}

/** The open brief's title, renamed by editing it in place (Enter or leaving the field saves). */
export function BriefTitle({ title, onRename }: Props) {
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);
  const commit = () => {
    const next = draft.trim();
    if (next && next !== title) onRename(next);
    else setDraft(title);
  };
  return (
    <input
      className="brief-title"
      aria-label="Brief title"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(title);
          event.currentTarget.blur();
        }
      }}
    />
  );
}
