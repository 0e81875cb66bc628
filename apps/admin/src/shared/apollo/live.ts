import { useSyncExternalStore } from 'react';

/**
 * Whether the live connection (graphql-ws) is up. Kept apart from the socket code, which
 * loads only with the first subscription, so a page can show it without pulling that in.
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let status: LiveStatus = 'idle';
/** Bumped on every successful (re)connection: changes missed while down must be fetched again. */
let connections = 0;
const listeners = new Set<() => void>();

export function setLiveStatus(next: LiveStatus): void {
  if (next === 'connected') connections++;
  if (next === status && next !== 'connected') return;
  status = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribe, () => status, () => status);
}

/** How many times the live connection has come up; a change means the page should refresh. */
export function useLiveConnections(): number {
  return useSyncExternalStore(subscribe, () => connections, () => connections);
}
