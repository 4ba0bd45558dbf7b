import { useSyncExternalStore } from 'react';
import { connection } from '../api';

/** Says, across the top of the window, that Amicus is not reachable and edits wait in the page. */
export function ConnectionBanner() {
  const current = useSyncExternalStore(connection.subscribe, connection.get);
  if (current.state === 'connected') return null;
  return (
    <div className="connection-banner" role="alert">
      {current.message}
    </div>
  );
}
