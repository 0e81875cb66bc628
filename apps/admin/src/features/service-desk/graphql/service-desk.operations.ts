import { graphql } from '../../../gql';

/** What the queue and the case header show of a case: its SLA clock, who has it, whose it is. */
export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id
    number
    kind
    status
    severity
    channel
    priority
    subject
    customerName
    contactName
    unitName
    assigneeId
    assigneeName
    openedAt
    updatedAt
    paused
    firstResponseDueAt
    firstRespondedAt
    firstResponseBreached
    nextUpdateDueAt
    resolutionDueAt
    resolutionBreached
    resolvedAt
    escalationLevel
    customer {
      id
      tier {
        ...TierBadge
      }
    }
  }
`);

export const TicketsDocument = graphql(`
  query Tickets(
    $first: Int!
    $offset: Int
    $kind: [TicketKind!]
    $status: [TicketStatus!]
    $unitId: ID
    $mine: Boolean
    $assigneeId: ID
    $severity: [Severity!]
    $sla: [SlaState!]
    $breached: Boolean
    $search: String
  ) {
    tickets(
      first: $first
      offset: $offset
      kind: $kind
      status: $status
      unitId: $unitId
      mine: $mine
      assigneeId: $assigneeId
      severity: $severity
      sla: $sla
      breached: $breached
      search: $search
    ) {
      totalCount
      nodes {
        ...TicketRow
      }
    }
  }
`);

/** Live queues (graphql-ws): which case opened or changed; the page fetches the rows itself. */
export const TicketChangedDocument = graphql(`
  subscription TicketChanged {
    ticketChanged {
      ticketId
      number
      status
      kind
      change
      at
    }
  }
`);

export const RepairOrderFragment = graphql(`
  fragment RepairOrderFields on RepairOrder {
    id
    kind
    status
    withinWindow
    shippedOn
    exceptionDocumentId
    inWarranty
    mainComponent
    charge
    consentAt
    consentNote
    updatedAt
  }
`);

export const TicketDocument = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketRow
      content
      contactPhone
      product
      problemAt
      problemPlace
      promisedAt
      externalRef
      technicalStage
      technicalRound
      resolutionSummary
      improvementProposal
      unit {
        ...UnitName
      }
      station {
        ...UnitName
      }
      customer {
        id
        code
        name
      }
      repair {
        ...RepairOrderFields
      }
      timeline {
        id
        at
        kind
        actorName
        text
        data
      }
    }
  }
`);

export const OpenTicketDocument = graphql(`
  mutation OpenTicket($input: OpenTicketInput!) {
    openTicket(input: $input) {
      ...TicketRow
      promisedAt
    }
  }
`);

export const ActOnTicketDocument = graphql(`
  mutation ActOnTicket($id: ID!, $input: TicketActionInput!) {
    actOnTicket(id: $id, input: $input) {
      ...TicketRow
      technicalStage
      technicalRound
      resolutionSummary
      improvementProposal
    }
  }
`);

export const TriageComplaintDocument = graphql(`
  mutation TriageComplaint($ticketId: ID!, $triage: ComplaintTriage!, $note: String!) {
    triageComplaint(ticketId: $ticketId, triage: $triage, note: $note) {
      id
      status
    }
  }
`);

export const StartReturnDocument = graphql(`
  mutation StartReturn($ticketId: ID!, $input: StartReturnInput!) {
    startReturn(ticketId: $ticketId, input: $input) {
      ...RepairOrderFields
    }
  }
`);

export const StartRepairDocument = graphql(`
  mutation StartRepair($ticketId: ID!, $input: StartRepairInput!) {
    startRepair(ticketId: $ticketId, input: $input) {
      ...RepairOrderFields
    }
  }
`);

export const RecordRepairConsentDocument = graphql(`
  mutation RecordRepairConsent($id: ID!, $consented: Boolean!, $note: String!) {
    recordRepairConsent(id: $id, consented: $consented, note: $note) {
      ...RepairOrderFields
    }
  }
`);

export const AdvanceRepairDocument = graphql(`
  mutation AdvanceRepair($id: ID!, $to: RepairStatus!) {
    advanceRepair(id: $id, to: $to) {
      ...RepairOrderFields
    }
  }
`);

/** Customer files to open a case for, searched by name, number or phone as the agent types. */
export const TicketCustomerOptionsDocument = graphql(`
  query TicketCustomerOptions($search: String, $first: Int!) {
    customers(filter: { search: $search }, orderBy: CODE, first: $first) {
      nodes {
        id
        code
        name
        tier {
          ...TierBadge
        }
      }
    }
  }
`);

export const FollowUpVisitsDocument = graphql(`
  query FollowUpVisits($dueOnly: Boolean!) {
    followUpVisits(dueOnly: $dueOnly) {
      id
      dueAt
      doneAt
      status
      satisfied
      result
      ticket {
        id
        number
        kind
        subject
        customerName
        contactName
        customer {
          id
        }
      }
    }
  }
`);

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {
    recordFollowUp(id: $id, input: $input) {
      id
      status
      satisfied
      result
      doneAt
    }
  }
`);

/** The form's own state and findings, whoever reads it. */
export const ComplaintReviewFindingsFragment = graphql(`
  fragment ComplaintReviewFindings on ComplaintReview {
    id
    status
    createdAt
    closedAt
    major
    substantiated
    rootCause
    responsibleEmployeeName
    responsibleUnit {
      ...UnitName
    }
  }
`);

/** A form in quality control's list and in the answers to its changes, with the case itself. */
export const ComplaintReviewRowFragment = graphql(`
  fragment ComplaintReviewRow on ComplaintReview {
    ...ComplaintReviewFindings
    ticket {
      id
      number
      subject
      severity
      customerName
      contactName
    }
  }
`);

export const ComplaintReviewsDocument = graphql(`
  query ComplaintReviews($status: [ComplaintReviewStatus!]) {
    complaintReviews(status: $status) {
      ...ComplaintReviewRow
    }
  }
`);

export const CorrectiveActionFragment = graphql(`
  fragment CorrectiveActionFields on CorrectiveAction {
    id
    kind
    status
    description
    ownerId
    ownerName
    dueOn
    doneAt
    doneNote
    verifiedAt
    verifiedBy
    verificationNote
  }
`);

/**
 * One form as its page shows it. The case comes as `caseSummary`, which an action's owner
 * without ReadQuality may read too (the customer masked, R-ACL-3), never as the case itself.
 */
export const ComplaintReviewDocument = graphql(`
  query ComplaintReview($id: ID!) {
    complaintReview(id: $id) {
      ...ComplaintReviewFindings
      caseSummary {
        ticketId
        number
        subject
        severity
        product
        customerName
        customerVisible
        readable
      }
      actions {
        ...CorrectiveActionFields
      }
    }
  }
`);

export const RecordComplaintFindingsDocument = graphql(`
  mutation RecordComplaintFindings($id: ID!, $input: ComplaintFindingsInput!) {
    recordComplaintFindings(id: $id, input: $input) {
      ...ComplaintReviewRow
    }
  }
`);

export const AddCorrectiveActionDocument = graphql(`
  mutation AddCorrectiveAction($reviewId: ID!, $input: CorrectiveActionInput!) {
    addCorrectiveAction(reviewId: $reviewId, input: $input) {
      ...CorrectiveActionFields
    }
  }
`);

export const CompleteCorrectiveActionDocument = graphql(`
  mutation CompleteCorrectiveAction($id: ID!, $note: String!) {
    completeCorrectiveAction(id: $id, note: $note) {
      ...CorrectiveActionFields
    }
  }
`);

export const VerifyCorrectiveActionDocument = graphql(`
  mutation VerifyCorrectiveAction($id: ID!, $note: String!) {
    verifyCorrectiveAction(id: $id, note: $note) {
      ...CorrectiveActionFields
    }
  }
`);

export const EscalateComplaintDocument = graphql(`
  mutation EscalateComplaint($id: ID!, $to: ComplaintReviewStatus!, $reason: String!) {
    escalateComplaint(id: $id, to: $to, reason: $reason) {
      ...ComplaintReviewRow
    }
  }
`);

export const CloseComplaintReviewDocument = graphql(`
  mutation CloseComplaintReview($id: ID!) {
    closeComplaintReview(id: $id) {
      ...ComplaintReviewRow
    }
  }
`);
