import type { LibraryStatus } from '../../../shared/library';
import { BackupList } from './BackupList';

/**
 * What the window shows when the library cannot be used (damaged, empty, read-only, from a newer
 * Amicus): why, in plain words, and the backups to restore from. The file is never written to.
 */
export function LibraryUnavailable({ status }: { status: LibraryStatus }) {
  return (
    <main className="unavailable" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">Amicus cannot open its library</h1>
      <p role="alert">{status.message}</p>
      <p className="field__hint">
        Library: {status.file}. Details of errors: {status.logFile}.
      </p>
      <h2>Restore from a backup</h2>
      <BackupList backups={status.backups} onRestored={() => window.location.reload()} />
    </main>
  );
}
