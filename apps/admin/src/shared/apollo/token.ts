import { print } from 'graphql';
import type { RefreshSessionMutation } from '../../gql/graphql';
import { RefreshSessionDocument } from './session.operations';

/*
 * The access token lives in memory only: a script injected into the page could read
 * storage, and the HttpOnly refresh cookie already restores the session after a reload.
 */
let accessToken: string | null = null;
let inFlight: Promise<string | null> | null = null;
const endedListeners = new Set<() => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** Called when a refresh fails mid-session, so the shell can send the user to sign in. */
export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

export function endSession(): void {
  accessToken = null;
  for (const listener of endedListeners) listener();
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request:
 * the server rotates the cookie on every refresh and treats a reused one as theft.
 */
export function refreshAccessToken(): Promise<string | null> {
  inFlight ??= (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDocument) }),
      });
      const body = (await response.json()) as { data?: RefreshSessionMutation | null };
      accessToken = body.data?.refreshSession.accessToken ?? null;
      return accessToken;
    } catch {
      accessToken = null;
      return null;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}
