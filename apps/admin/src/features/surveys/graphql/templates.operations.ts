import { graphql } from '../../../gql';

/** A published version in full: the editor, the history and the preview read it. */
export const SurveyTemplateVersionFragment = graphql(`
  fragment SurveyTemplateVersionFields on SurveyTemplateVersion {
    id
    version
    title {
      zhHant
      zhHans
      en
    }
    intro {
      zhHant
      zhHans
      en
    }
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
    publishedBy
    publishedAt
    note
  }
`);

/** The list: every template with its version in force, and which one the triggers send. */
export const SurveyTemplatesDocument = graphql(`
  query SurveyTemplates($includeInactive: Boolean!) {
    surveyTemplates(includeInactive: $includeInactive) {
      id
      code
      active
      latestVersion
      updatedAt
      title {
        zhHant
        zhHans
        en
      }
      current {
        id
        items {
          key
        }
      }
    }
    surveySettings {
      defaultTemplate {
        id
      }
    }
  }
`);

/** One template with its whole history: versions are immutable, so the editor starts from the latest. */
export const SurveyTemplateDocument = graphql(`
  query SurveyTemplate($id: ID!) {
    surveyTemplate(id: $id) {
      id
      code
      active
      latestVersion
      updatedAt
      versions {
        ...SurveyTemplateVersionFields
      }
    }
    surveySettings {
      defaultTemplate {
        id
      }
    }
  }
`);

export const SaveSurveyTemplateDocument = graphql(`
  mutation SaveSurveyTemplate($input: SaveSurveyTemplateInput!) {
    saveSurveyTemplate(input: $input) {
      id
      code
      latestVersion
      updatedAt
      title {
        zhHant
        zhHans
        en
      }
      versions {
        ...SurveyTemplateVersionFields
      }
    }
  }
`);

export const SetSurveyTemplateActiveDocument = graphql(`
  mutation SetSurveyTemplateActive($id: ID!, $active: Boolean!) {
    setSurveyTemplateActive(id: $id, active: $active) {
      id
      active
      updatedAt
    }
  }
`);
