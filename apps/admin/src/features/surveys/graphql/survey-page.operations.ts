import { graphql } from '../../../gql';

/** The form behind a personal link; public, so the page works without signing in. */
export const SurveyInvitationDocument = graphql(`
  query SurveyInvitation($token: String!, $language: PreferredLanguage) {
    surveyInvitation(token: $token, language: $language) {
      language
      title
      intro
      greetingName
      stationName
      source
      expiresAt
      items {
        key
        kind
        required
        label
      }
      levels {
        level
        score
        label
      }
      maxCommentLength
      maxTextLength
    }
  }
`);

export const SubmitSurveyResponseDocument = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      responseId
      complete
      pointsAwarded
      followUp
      message
    }
  }
`);
