import { graphql } from '../../../gql';

export const AuditRecordsDocument = graphql(`
  query AuditRecords(
    $operation: String
    $outcome: AuditOutcome
    $targetType: String
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int!
    $offset: Int!
  ) {
    auditRecords(
      operation: $operation
      outcome: $outcome
      targetType: $targetType
      from: $from
      to: $to
      first: $first
      offset: $offset
    ) {
      totalCount
      nodes {
        id
        at
        operation
        outcome
        actorType
        actorName
        targetType
        targetId
        errorCode
        requestId
        before
        after
      }
    }
  }
`);
