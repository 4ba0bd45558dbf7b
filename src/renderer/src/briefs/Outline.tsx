import type { OutlineEntry } from '../editor/plugins/reading/BriefReadingPlugin';

interface Props {
  outline: OutlineEntry[];
  onJump(key: string): void;
}

/** The open brief's headings; choosing one scrolls the editor to it. */
export function Outline({ outline, onJump }: Props) {
  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="pane-title">Outline</h2>
      {outline.length === 0 ? (
        <p className="results__empty">Headings appear here.</p>
      ) : (
        <ul>
          {outline.map((entry) => (
            <li key={entry.key} className={`outline__item outline__item--${entry.level}`}>
              <button type="button" onClick={() => onJump(entry.key)}>
                {entry.text || 'Untitled heading'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
