import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { from, mergeMap, of } from 'rxjs';
import { endSession, getAccessToken, refreshAccessToken } from './token';
import { hasErrorCode } from './errors';

/** Operations that manage the session themselves; retrying them after a refresh makes no sense. */
const SESSION_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout']);

const authHeaderLink = new ApolloLink((operation, forward) => {
  const token = getAccessToken();
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/*
 * An access token expires while the tab stays open; the refresh cookie outlives it. On
 * UNAUTHENTICATED the request is retried once with a fresh token; if the refresh fails
 * too, the session is over and the shell goes back to the login page.
 */
const refreshOnceLink = new ApolloLink((operation, forward) => {
  if (operation.operationName && SESSION_OPERATIONS.has(operation.operationName)) return forward(operation);
  return forward(operation).pipe(
    mergeMap((result) => {
      if (!hasErrorCode(result.errors, 'UNAUTHENTICATED')) return of(result);
      return from(refreshAccessToken()).pipe(
        mergeMap((token) => {
          if (!token) {
            endSession();
            return of(result);
          }
          return forward(operation);
        }),
      );
    }),
  );
});

/*
 * Subscriptions go over WebSocket (graphql-ws). Its client is fetched with the first
 * subscription, so the sign-in page and pages without live data never download it.
 */
let wsLink: Promise<ApolloLink> | null = null;
const lazyWsLink = new ApolloLink((operation, forward) => {
  wsLink ??= import('./ws').then(
    (m) => m.wsLink,
    (error: unknown) => {
      // A chunk that failed to load (a deploy meanwhile) is tried again by the next subscription.
      wsLink = null;
      throw error;
    },
  );
  return from(wsLink).pipe(mergeMap((link) => link.request(operation, forward)));
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => isSubscriptionOperation(query),
      lazyWsLink,
      ApolloLink.from([
        refreshOnceLink,
        authHeaderLink,
        // Apollo always POSTs JSON, which the server's CSRF prevention requires.
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ]),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        // Chart nodes share ids with OrgUnit but carry different fields; keep them apart.
        OrgChartNode: { keyFields: false },
        PositionSeats: { keyFields: false },
        ViewerGrant: { keyFields: false },
        RoleGrant: { keyFields: false },
        // There is one settings record: every query of it, with its id or not, is the same object.
        SurveySettings: { keyFields: [] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
