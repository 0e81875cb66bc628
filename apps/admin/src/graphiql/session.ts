import type { Fetcher, FetcherOpts, FetcherParams } from '@graphiql/toolkit';
import { getAccessToken, refreshAccessToken } from '../shared/apollo/token';

/*
 * GraphiQL borrows the console's session: the HttpOnly refresh cookie goes with a same-origin
 * POST, so one refresh gives this page its own access token. The refresh rotates the cookie;
 * the console copes, since it refreshes on its own next load too.
 */
export const sessionReady: Promise<string | null> = refreshAccessToken();

type Result = { errors?: { extensions?: { code?: unknown } }[] };

const unauthenticated = (result: Result) => !!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/** Headers typed in GraphiQL's own tab win: whoever sets Authorization there means it. */
function ownsAuthorization(headers: FetcherOpts['headers']): boolean {
  return Object.keys(headers ?? {}).some((h) => h.toLowerCase() === 'authorization');
}

async function post(params: FetcherParams, headers: Record<string, string>, token: string | null): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // The server's CSRF prevention rejects simple requests, so every call is a JSON POST.
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Result;
}

/** A JSON POST fetcher that sends the session's token and, once it expires, refreshes it once. */
export const sessionFetcher: Fetcher = async (params, opts) => {
  const headers = (opts?.headers ?? {}) as Record<string, string>;
  if (ownsAuthorization(headers)) return post(params, headers, null) as never;
  await sessionReady;
  const token = getAccessToken();
  const result = await post(params, headers, token);
  if (!token || !unauthenticated(result)) return result as never;
  const fresh = await refreshAccessToken();
  return (fresh ? await post(params, headers, fresh) : result) as never;
};
