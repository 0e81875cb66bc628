import { graphql } from '../../../gql';

export const SurveyResponseListRowFragment = graphql(`
  fragment SurveyResponseListRow on SurveyResponse {
    id
    answeredAt
    answeredOn
    customerId
    customerName
    unitId
    unitName
    stationId
    stationName
    agentId
    agentName
    source
    channel
    templateCode
    version
    overallLevel
    nps
    complete
    dissatisfied
    complaintTicketId
    complaintNumber
    ticketId
    ticketNumber
    answers {
      itemKey
      kind
      label {
        zhHant
        zhHans
        en
      }
      level
      text
      comment
    }
  }
`);

/** The returned forms behind a figure (R-SAT-3), newest first, filtered as the dashboard drills down. */
export const SurveyResponseListDocument = graphql(`
  query SurveyResponseList($filter: SurveyResponseFilter, $first: Int, $offset: Int) {
    surveyResponses(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...SurveyResponseListRow
      }
    }
  }
`);

export const SurveyResponseDetailDocument = graphql(`
  query SurveyResponseDetail($id: ID!) {
    surveyResponse(id: $id) {
      ...SurveyResponseListRow
      month
      language
      enteredBy
      hasComment
      invitationId
      pointsAwarded
      answers {
        itemKey
        nps
      }
    }
  }
`);

export const ExportSurveyResponseListDocument = graphql(`
  mutation ExportSurveyResponseList($input: ExportSurveyResponsesInput!) {
    exportSatisfactionResponses(input: $input) {
      fileName
      mimeType
      contentBase64
      rowCount
    }
  }
`);

/**
 * Customers without email whose survey waits for a call (R-SAT-1: phone surveys); readable
 * with EnterSurveyResponse alone. The numbers come masked without ReadCustomerContact (R-ACL-3).
 */
export const SurveyCallListDocument = graphql(`
  query SurveyCallList($first: Int, $offset: Int) {
    surveyInvitations(delivery: PHONE, status: [SENT], first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        customerId
        customerName
        customerPhones
        unitName
        stationName
        agentName
        source
        campaign
        language
        sendAt
        sentAt
        expiresAt
        templateId
        version
        ticketId
      }
    }
  }
`);

/** A customer met without an invitation: the numbers (masked without ReadCustomerContact, R-ACL-3) and the language to ask in. */
export const SurveyEntryCustomerDocument = graphql(`
  query SurveyEntryCustomer($id: ID!) {
    customer(id: $id) {
      id
      phones
      preferredLanguage
    }
  }
`);

export const SurveyTemplateNameFragment = graphql(`
  fragment SurveyTemplateName on SurveyTemplate {
    id
    code
    active
    title {
      zhHant
      zhHans
      en
    }
  }
`);

/** Every template a form may have answered, inactive ones too, to filter the forms by. */
export const SurveyResponseTemplatesDocument = graphql(`
  query SurveyResponseTemplates {
    surveyTemplates(includeInactive: true) {
      ...SurveyTemplateName
    }
  }
`);

/** Inactive ones too: an invitation already sent still asks its template's questions. */
export const SurveyEntryTemplatesDocument = graphql(`
  query SurveyEntryTemplates {
    surveyTemplates(includeInactive: true) {
      ...SurveyTemplateName
      latestVersion
      versions {
        id
        version
        items {
          key
          kind
          required
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

export const SurveyEntryDefaultTemplateDocument = graphql(`
  query SurveyEntryDefaultTemplate {
    surveySettings {
      defaultTemplate {
        id
      }
    }
  }
`);

/**
 * Staff keying in a phone or interview survey: no token, an invitation or a customer instead.
 * The complaint's number comes back with it, to tell the customer before hanging up (R-SAT-5).
 */
export const EnterSurveyResponseDocument = graphql(`
  mutation EnterSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      responseId
      complete
      pointsAwarded
      followUp
      complaintTicketId
      complaintNumber
    }
  }
`);
