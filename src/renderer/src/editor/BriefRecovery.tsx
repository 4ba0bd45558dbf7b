import { Component, type ErrorInfo, type ReactNode } from 'react';
import { documentBlocks, inlinesToPlainText } from '../../../shared/brief/editor-json';
import type { Brief } from '../../../shared/library';

/** A brief's readable text, however damaged: its blocks, or else the strings stored in it. */
function readableText(content: string): string[] {
  const blocks = documentBlocks(content);
  if (blocks.length > 0) return blocks.map((block) => inlinesToPlainText(block.inlines));
  return [...content.matchAll(/"text"\s*:\s*"((?:[^"\\]|\\.)*)"/g)].map((match) => {
    try {
      return JSON.parse(`"${match[1] ?? ''}"`) as string;
    } catch {
      return match[1] ?? '';
    }
  });
}

interface RecoveryProps {
  brief: Brief;
  reason: string;
  onShowHistory(): void;
}

/**
 * What shows in place of the editor when a brief cannot be opened in it: why, its text as far as
 * it can be read, and its history to restore from. Nothing is changed; the rest of the app works.
 */
export function BriefRecovery({ brief, reason, onShowHistory }: RecoveryProps) {
  const text = readableText(brief.content);
  return (
    <div className="editor-error" role="alert">
      <h2>“{brief.title}” could not be opened in the editor</h2>
      <p>
        {reason} Nothing has been changed. Restore an earlier version from its history, or copy its
        text from below.
      </p>
      <button type="button" className="button" onClick={onShowHistory}>
        Brief history…
      </button>
      <div className="recovery__text" aria-label="The brief’s text">
        {text.length === 0 ? (
          <p>No text could be read.</p>
        ) : (
          text.map((line, i) => <p key={i}>{line}</p>)
        )}
      </div>
    </div>
  );
}

interface BoundaryProps {
  brief: Brief;
  onShowHistory(): void;
  children: ReactNode;
}

/** Keeps a brief the editor fails on from taking the whole window with it. */
export class EditorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console only: what broke, never the brief's text.
    console.error('The editor failed on a brief', error.name, info.componentStack?.slice(0, 500));
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <BriefRecovery
        brief={this.props.brief}
        reason={`The editor stopped with an error (${this.state.error.message.slice(0, 200)}).`}
        onShowHistory={this.props.onShowHistory}
      />
    );
  }
}
