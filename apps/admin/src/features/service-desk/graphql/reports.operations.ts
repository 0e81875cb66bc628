import { graphql } from '../../../gql';

/*
 * The service desk's reports for the management review (R-SVC-9, R-SVC-10) and its settings:
 * each station's business calendar and the company-wide SLA targets the clocks count towards.
 */

export const RepairCountsFragment = graphql(`
  fragment RepairCountsFields on RepairCounts {
    received
    repairsReceived
    inWarranty
    outOfWarranty
    returnsReceived
    returnsAccepted
    returnsByException
    delivered
  }
`);

export const BucketFragment = graphql(`
  fragment ReportBucketFields on ReportBucket {
    key
    label
    count
  }
`);

/** The year's figures: monthly repair counts and the annual complaint analysis (R-SVC-9). */
export const ServiceYearReportDocument = graphql(`
  query ServiceYearReport($year: Int!, $unitId: ID) {
    repairReport(year: $year, unitId: $unitId) {
      year
      months {
        month
        received
        repairsReceived
        inWarranty
        outOfWarranty
        returnsReceived
        returnsAccepted
        returnsByException
        delivered
      }
      total {
        ...RepairCountsFields
      }
    }
    complaintAnalysis(year: $year, unitId: $unitId) {
      year
      total
      substantiated
      byMonth {
        ...ReportBucketFields
      }
      byRootCause {
        ...ReportBucketFields
      }
      byProduct {
        ...ReportBucketFields
      }
      byResponsibleUnit {
        ...ReportBucketFields
      }
      byTriage {
        ...ReportBucketFields
      }
    }
  }
`);

/** SLA attainment over a period, grouped one way (R-SVC-10). */
export const SlaAttainmentDocument = graphql(`
  query SlaAttainment($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) {
    slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {
      key
      label
      cases
      firstResponseMet
      resolutionMet
      breached
      rate
    }
  }
`);

/** Each agent's service figures over a period (R-SVC-10). */
export const AgentServiceStatsDocument = graphql(`
  query AgentServiceStats($from: LocalDate!, $to: LocalDate!, $unitId: ID) {
    agentServiceStats(from: $from, to: $to, unitId: $unitId) {
      employeeId
      name
      answered
      resolved
      substantiatedComplaints
      substantiatedInYear
      penaltyReviewDue
      slaCases
      slaRate
    }
  }
`);

export const StationCalendarFragment = graphql(`
  fragment StationCalendarFields on StationCalendar {
    stationId
    stationCode
    stationName
    custom
    week
    holidays
    updatedAt
  }
`);

export const ServiceCalendarsDocument = graphql(`
  query ServiceCalendars {
    serviceCalendars {
      ...StationCalendarFields
    }
  }
`);

export const SetServiceCalendarDocument = graphql(`
  mutation SetServiceCalendar($stationId: ID!, $input: ServiceCalendarInput!) {
    setServiceCalendar(stationId: $stationId, input: $input) {
      ...StationCalendarFields
    }
  }
`);

export const SlaPolicyFragment = graphql(`
  fragment SlaPolicyFields on SlaPolicy {
    id
    kind
    severity
    minPriority
    firstResponseMinutes
    updateMinutes
    resolutionMinutes
  }
`);

export const SlaPoliciesDocument = graphql(`
  query SlaPolicies {
    slaPolicies {
      ...SlaPolicyFields
    }
  }
`);

export const UpsertSlaPolicyDocument = graphql(`
  mutation UpsertSlaPolicy($input: SlaPolicyInput!) {
    upsertSlaPolicy(input: $input) {
      ...SlaPolicyFields
    }
  }
`);

export const DeleteSlaPolicyDocument = graphql(`
  mutation DeleteSlaPolicy($id: ID!) {
    deleteSlaPolicy(id: $id)
  }
`);
