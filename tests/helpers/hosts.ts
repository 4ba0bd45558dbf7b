import type { Host } from '../../src/main/handlers';

/** A host whose user cancels every save dialog: for tests that export nothing. */
export const CANCELLING_HOST: Host = {
  deliverDocx: async () => ({ kind: 'cancelled' }),
  deliverLibraryFile: async () => ({ kind: 'cancelled' }),
};
