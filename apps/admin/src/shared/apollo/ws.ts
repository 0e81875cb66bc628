import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, CloseCode } from 'graphql-ws';
import { endSession, getAccessToken, refreshAccessToken } from './token';
import { setLiveStatus } from './live';

/*
 * Subscriptions over graphql-ws on /graphql, loaded with the first page that subscribes. The
 * server authenticates once, in connection_init, with the same bearer token the HTTP link
 * sends; a refused connection (an expired token) is retried with a freshly refreshed one.
 */

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

let refused = false;

const client = createClient({
  url: socketUrl,
  lazy: true,
  // A queue left open all day outlives restarts, deploys and dropped station lines.
  retryAttempts: Number.POSITIVE_INFINITY,
  shouldRetry: () => true,
  keepAlive: 25_000,
  connectionParams: async () => {
    let token = getAccessToken();
    if (!token || refused) token = await refreshAccessToken();
    refused = false;
    if (!token) {
      // The refresh cookie is gone too: the session is over, as it is for the HTTP link.
      endSession();
      throw new Error('No session');
    }
    return { authorization: `Bearer ${token}` };
  },
  on: {
    connecting: (isRetry) => setLiveStatus(isRetry ? 'reconnecting' : 'connecting'),
    connected: () => setLiveStatus('connected'),
    closed: (event) => {
      if ((event as { code?: number } | undefined)?.code === CloseCode.Forbidden) refused = true;
      setLiveStatus('idle');
    },
  },
});

export const wsLink = new GraphQLWsLink(client);
