// Node 20's global BroadcastChannel would let two Yjs clients in this process reach each other
// without the server, hiding exactly what these tests are for.
delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel;
