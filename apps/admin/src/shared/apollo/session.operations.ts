import { graphql } from '../../gql';

// Sent with plain fetch, outside the Apollo link chain, so a refresh can never retry itself.
export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      accessTokenExpiresAt
    }
  }
`);
