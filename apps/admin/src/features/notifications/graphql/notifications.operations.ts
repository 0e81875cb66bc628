import { graphql } from '../../../gql';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean! = false, $first: Int, $language: PreferredLanguage!) {
    myNotifications(unreadOnly: $unreadOnly, first: $first) {
      totalCount
      nodes {
        id
        kind
        kindLabel(language: $language)
        subject
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
