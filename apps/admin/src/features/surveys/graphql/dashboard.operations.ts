import { graphql } from '../../../gql';

/**
 * Everything the satisfaction dashboard draws for one period, unit subtree and template, in
 * one round trip (R-SAT-3, R-SAT-4, R-SAT-6): the rate by unit and month, by question, the
 * unit targets and each agent's figures.
 */
export const SatisfactionDashboardDocument = graphql(`
  query SatisfactionDashboard($from: LocalDate!, $to: LocalDate!, $unitId: ID, $templateId: ID) {
    byUnit: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [UNIT, MONTH]) {
      rows {
        unitId
        unitName
        month
        forms
        satisfied
        partial
        rate
      }
      total {
        forms
        satisfied
        partial
        rate
        averageScore
        npsScore
        npsAnswers
      }
    }
    byItem: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [ITEM]) {
      rows {
        itemKey
        forms
        satisfied
        rate
        averageScore
        levels
      }
    }
    satisfactionTargets {
      id
      effectiveYear
      targetPercent
      unit {
        ...UnitName
      }
    }
    agentSatisfactionScores(from: $from, to: $to, unitId: $unitId, templateId: $templateId) {
      agentId
      agentName
      employeeNo
      unitId
      unitName
      forms
      satisfied
      rate
      averageScore
      dissatisfiedForms
    }
  }
`);

/** The templates to filter by, and every version's questions to title the item breakdown. */
export const SatisfactionDashboardTemplatesDocument = graphql(`
  query SatisfactionDashboardTemplates {
    surveyTemplates(includeInactive: true) {
      id
      code
      active
      title {
        zhHant
        zhHans
        en
      }
      versions {
        version
        items {
          key
          kind
          label {
            zhHant
            zhHans
            en
          }
        }
      }
    }
  }
`);

export const ExportSatisfactionResponsesDocument = graphql(`
  mutation ExportSatisfactionResponses($input: ExportSurveyResponsesInput!) {
    exportSatisfactionResponses(input: $input) {
      ...DownloadFile
    }
  }
`);
