import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { MeQuery } from '../gql/graphql';
import { LoginDocument, LogoutDocument, MeDocument } from '../features/auth/graphql/auth.operations';
import { onSessionEnded, refreshAccessToken, setAccessToken } from '../shared/apollo';

export type Viewer = MeQuery['me'];

type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signedIn'; viewer: Viewer };

interface SessionValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// One restore per page load: StrictMode runs effects twice, and two refreshes with the
// same cookie would look like a stolen cookie to the server.
let restoring: Promise<string | null> | null = null;

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>({ status: 'restoring' });

  const loadViewer = useCallback(async () => {
    const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
    if (!data) throw new Error('No viewer');
    setState({ status: 'signedIn', viewer: data.me });
  }, [client]);

  useEffect(() => {
    let cancelled = false;
    restoring ??= refreshAccessToken();
    restoring
      .then(async (token) => {
        if (cancelled) return;
        if (!token) return setState({ status: 'anonymous', expired: false });
        await loadViewer();
      })
      .catch(() => !cancelled && setState({ status: 'anonymous', expired: false }));
    return () => {
      cancelled = true;
    };
  }, [loadViewer]);

  useEffect(
    () =>
      onSessionEnded(() => {
        void client.clearStore();
        setState({ status: 'anonymous', expired: true });
      }),
    [client],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      // Errors propagate to the login page, which shows the server's message.
      const { data } = await client.mutate({ mutation: LoginDocument, variables: { input: { email, password } } });
      if (!data) throw new Error('No session');
      setAccessToken(data.login.accessToken);
      await loadViewer();
    },
    [client, loadViewer],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutDocument });
    } finally {
      setAccessToken(null);
      await client.clearStore();
      setState({ status: 'anonymous', expired: false });
    }
  }, [client]);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in viewer; only for components under the authenticated shell. */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useViewer needs a signed-in session');
  return state.viewer;
}
