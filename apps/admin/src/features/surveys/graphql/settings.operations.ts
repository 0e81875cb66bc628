import { graphql } from '../../../gql';

/**
 * The triggers, quiet period and link validity (R-SAT-1). The id (the settings are a single
 * row) lets Apollo's cache take a save's answer as the settings the page shows.
 */
export const SurveySettingsFieldsFragment = graphql(`
  fragment SurveySettingsFields on SurveySettings {
    id
    quietDays
    linkValidDays
    correctiveDays
    triggers {
      source
      enabled
      delayHours
    }
    defaultTemplate {
      id
    }
    updatedBy
    updatedAt
  }
`);

export const SurveySettingsPageDocument = graphql(`
  query SurveySettingsPage {
    surveySettings {
      ...SurveySettingsFields
    }
  }
`);

/** Active templates, to pick the default or the one a send asks. */
export const SurveySettingsTemplatesDocument = graphql(`
  query SurveySettingsTemplates {
    surveyTemplates {
      id
      code
      latestVersion
      title {
        zhHant
        zhHans
        en
      }
    }
  }
`);

export const UpdateSurveySettingsDocument = graphql(`
  mutation UpdateSurveySettings($input: SurveySettingsInput!) {
    updateSurveySettings(input: $input) {
      ...SurveySettingsFields
    }
  }
`);

/** Every unit's targets, each year it changed (R-SAT-4). */
export const SurveySettingsTargetsDocument = graphql(`
  query SurveySettingsTargets {
    satisfactionTargets {
      id
      effectiveYear
      targetPercent
      note
      setBy
      updatedAt
      unit {
        id
        code
        name
        nameEn
      }
    }
  }
`);

export const SetSatisfactionTargetDocument = graphql(`
  mutation SetSatisfactionTarget($input: SatisfactionTargetInput!) {
    setSatisfactionTarget(input: $input) {
      id
      effectiveYear
      targetPercent
      note
      setBy
      updatedAt
    }
  }
`);

/** What the evaluation of a period found for each unit (R-SAT-4). */
export const SurveySettingsEvaluationFragment = graphql(`
  fragment SurveySettingsEvaluation on SatisfactionEvaluation {
    id
    period
    forms
    satisfied
    rate
    targetPercent
    outcome
    documentId
    documentNumber
    deadline
    evaluatedAt
    unit {
      id
      code
      name
      nameEn
    }
  }
`);

export const SurveySettingsEvaluationsDocument = graphql(`
  query SurveySettingsEvaluations($period: String!) {
    satisfactionEvaluations(period: $period) {
      ...SurveySettingsEvaluation
    }
  }
`);

export const EvaluateSatisfactionTargetsDocument = graphql(`
  mutation EvaluateSatisfactionTargets($period: String!) {
    evaluateSatisfactionTargets(period: $period) {
      period
      from
      to
      evaluations {
        ...SurveySettingsEvaluation
      }
    }
  }
`);

/** Tags and tiers a campaign's customer filter offers (needs ReadCustomer). */
export const SurveyCampaignOptionsDocument = graphql(`
  query SurveyCampaignOptions {
    customerTags
    tiers {
      id
      code
      name
      nameZhHans
      nameEn
    }
  }
`);

export const SurveySettingsSendDocument = graphql(`
  mutation SurveySettingsSend($input: SendSurveyInput!) {
    sendSurvey(input: $input) {
      scheduled
      sent
      skipped
      link
      invitations {
        id
        customerId
        customerName
        status
        skipReason
        delivery
        language
        sendAt
        expiresAt
      }
    }
  }
`);
