import { useEffect, useState } from 'react';
import type { LibraryStatus } from '../../shared/library';
import { App } from './App';
import { call } from './api';
import { LibraryUnavailable } from './backups/LibraryUnavailable';
import { ConnectionBanner } from './ui/ConnectionBanner';

/**
 * The window: the app over an open library, or, when the library cannot be used, the reason and
 * its backups. A lost connection shows a banner over either.
 */
export function Root() {
  const [status, setStatus] = useState<LibraryStatus | 'unreachable' | null>(null);
  useEffect(() => {
    void call('library:status', {}).then(setStatus, () => setStatus('unreachable'));
  }, []);
  return (
    <div className="window">
      <ConnectionBanner />
      {status !== null &&
        (status !== 'unreachable' && status.state === 'unavailable' ? (
          <LibraryUnavailable status={status} />
        ) : (
          <App />
        ))}
    </div>
  );
}
