import { graphql } from '../../../gql';

/** A customer's own fields as the list and the 360 page show them (contact data possibly masked). */
export const CustomerRowFragment = graphql(`
  fragment CustomerRow on Customer {
    id
    code
    name
    phones
    email
    birthday
    address
    contactVisible
    marketingConsent
    tags
    lifetimeSpend
    purchaseCount
    lastPurchaseAt
    homeStation {
      ...UnitName
    }
    tier {
      ...TierBadge
    }
  }
`);

export const CustomersDocument = graphql(`
  query Customers($filter: CustomerFilter, $orderBy: CustomerOrder!, $first: Int!, $offset: Int, $after: String) {
    customers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);

export const CustomerFilterOptionsDocument = graphql(`
  query CustomerFilterOptions {
    customerTags
    tiers {
      ...TierBadge
    }
  }
`);

export const CustomerDocument = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      ...CustomerRow
      preferences
      preferredChannel
      preferredLanguage
      createdAt
      firstPurchaseAt
      consentChangedAt
      tierStatus {
        rulesVersion
        since
        overridden
        overrideReason
        overrideExpiresAt
        graceEndsAt
        missingForNext
        tier {
          ...TierBadge
        }
        qualifiedTier {
          ...TierBadge
        }
        nextTier {
          ...TierBadge
          minLifetimeSpend
          minWindowSpend
          minWindowPurchases
          maxDaysSinceLastPurchase
        }
        figures {
          ...TierFiguresFields
        }
      }
      tierHistory {
        id
        at
        reason
        note
        actorName
        rulesVersion
        fromTier {
          ...TierBadge
        }
        toTier {
          ...TierBadge
        }
        figures {
          ...TierFiguresFields
        }
      }
      points {
        balance
        debt
        nextExpiryAt
        lots {
          id
          earnedAt
          expiresAt
          points
          remaining
        }
      }
    }
  }
`);

export const TierFiguresFragment = graphql(`
  fragment TierFiguresFields on TierFigures {
    windowDays
    windowSpend
    windowPurchases
    lifetimeSpend
    daysSinceLastPurchase
  }
`);

export const CustomerLedgerDocument = graphql(`
  query CustomerLedger($id: ID!, $first: Int!, $offset: Int!) {
    customer(id: $id) {
      id
      pointsLedger(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          at
          kind
          points
          balanceAfter
          reason
          source
          actorName
          approvedBy
        }
      }
    }
  }
`);

export const CustomerPurchasesDocument = graphql(`
  query CustomerPurchases($id: ID!, $first: Int!, $offset: Int!) {
    customer(id: $id) {
      id
      purchases(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          externalOrderId
          occurredAt
          amount
          pointsEarned
          status
          refundedAt
          refundReason
          recordedBy
          station {
            ...UnitName
          }
          items {
            sku
            name
            quantity
            unitPrice
          }
        }
      }
    }
  }
`);

export const CustomerTimelineDocument = graphql(`
  query CustomerTimeline($id: ID!, $first: Int!, $offset: Int!) {
    customer(id: $id) {
      id
      timeline(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          at
          kind
          summary
          data
        }
      }
    }
  }
`);

export const CreateCustomerDocument = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      code
      name
    }
  }
`);

export const UpdateCustomerDocument = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerRow
      preferences
      preferredChannel
      preferredLanguage
    }
  }
`);

export const OverrideTierDocument = graphql(`
  mutation OverrideTier($input: OverrideTierInput!) {
    overrideTier(input: $input) {
      id
    }
  }
`);

export const ClearTierOverrideDocument = graphql(`
  mutation ClearTierOverride($customerId: ID!, $reason: String!) {
    clearTierOverride(customerId: $customerId, reason: $reason) {
      id
    }
  }
`);

export const RedeemPointsDocument = graphql(`
  mutation RedeemPoints($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      id
      balanceAfter
    }
  }
`);

export const RequestPointsAdjustmentDocument = graphql(`
  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {
    requestPointsAdjustment(input: $input) {
      id
      status
    }
  }
`);

export const RefundPurchaseDocument = graphql(`
  mutation RefundPurchase($input: RefundPurchaseInput!) {
    refundPurchase(input: $input) {
      id
      status
      refundedAt
      refundReason
    }
  }
`);

export const ExportCustomersDocument = graphql(`
  mutation ExportCustomers($input: ExportCustomersInput!) {
    exportCustomers(input: $input) {
      ...DownloadFile
    }
  }
`);

export const DownloadFileFragment = graphql(`
  fragment DownloadFile on ExportFile {
    fileName
    mimeType
    contentBase64
    rowCount
  }
`);

export const CustomerImportFragment = graphql(`
  fragment CustomerImportFields on CustomerImport {
    id
    status
    fileName
    format
    encoding
    totalRows
    validRows
    errorRows
    processedRows
    createdCount
    updatedCount
    columns {
      header
      field
    }
    sample {
      row
      code
      name
      phones
      email
      birthday
      homeStationCode
      tags
    }
    issues {
      row
      column
      field
      code
      message
    }
    errorFile {
      ...DownloadFile
    }
  }
`);

export const PreviewCustomerImportDocument = graphql(`
  mutation PreviewCustomerImport($input: CustomerImportInput!) {
    previewCustomerImport(input: $input) {
      ...CustomerImportFields
    }
  }
`);

export const RunCustomerImportDocument = graphql(`
  mutation RunCustomerImport($id: ID!) {
    runCustomerImport(id: $id) {
      id
      status
      processedRows
      validRows
      createdCount
      updatedCount
    }
  }
`);

export const WinBackTasksDocument = graphql(`
  query WinBackTasks($status: [WinBackStatus!], $first: Int!, $offset: Int!) {
    winBackTasks(status: $status, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        status
        dueOn
        note
        createdAt
        closedAt
        lastPurchaseAt
        station {
          ...UnitName
        }
        customer {
          id
          code
          name
          phones
          contactVisible
        }
      }
    }
  }
`);

export const CrmSettingsDocument = graphql(`
  query CrmSettings {
    crmSettings {
      lostAfterDays
      tierWindowDays
    }
  }
`);

export const CreateWinBackTasksDocument = graphql(`
  mutation CreateWinBackTasks($input: CreateWinBackTasksInput!) {
    createWinBackTasks(input: $input)
  }
`);

export const UpdateWinBackTaskDocument = graphql(`
  mutation UpdateWinBackTask($id: ID!, $input: UpdateWinBackTaskInput!) {
    updateWinBackTask(id: $id, input: $input) {
      id
      status
      note
      closedAt
    }
  }
`);

export const PointsAdjustmentsDocument = graphql(`
  query PointsAdjustments($pendingOnly: Boolean!, $first: Int!, $offset: Int!) {
    pointsAdjustments(pendingOnly: $pendingOnly, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        points
        reason
        status
        requestedBy
        createdAt
        decidedAt
        decidedBy
        decisionNote
        customer {
          id
          code
          name
        }
      }
    }
  }
`);

export const DecidePointsAdjustmentDocument = graphql(`
  mutation DecidePointsAdjustment($input: DecidePointsAdjustmentInput!) {
    decidePointsAdjustment(input: $input) {
      id
      status
      decidedAt
      decisionNote
    }
  }
`);
