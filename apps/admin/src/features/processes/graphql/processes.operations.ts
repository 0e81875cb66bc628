import { graphql } from '../../../gql';

export const MyTasksDocument = graphql(`
  query MyTasks($kind: String, $overdueOnly: Boolean, $first: Int, $offset: Int) {
    myTasks(kind: $kind, overdueOnly: $overdueOnly, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        name
        dueAt
        overdue
        assigneeName
        document {
          id
          number
          title
          kind
          applicantName
          submittedAt
        }
      }
    }
    myTaskCounts {
      kind
      open
      overdue
    }
  }
`);

export const DocumentDocument = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      id
      number
      kind
      title
      status
      definitionVersion
      locked
      currentStep
      data
      facts
      applicantId
      applicantName
      unit {
        id
        name
        nameEn
      }
      createdAt
      submittedAt
      decidedAt
      round
      replacesId
      steps {
        id
        index
        key
        name
        status
        assigneeId
        assigneeName
        decidedByName
        actingForName
        comment
        openedAt
        decidedAt
        dueAt
        overdue
      }
      history {
        id
        action
        stepIndex
        actorName
        actingForName
        comment
        at
      }
      attachments {
        id
        fileName
        mimeType
        size
      }
    }
  }
`);

export const MyDocumentsDocument = graphql(`
  query MyDocuments($status: [DocumentStatus!], $kind: String, $first: Int, $offset: Int) {
    documents(mine: true, status: $status, kind: $kind, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        number
        kind
        title
        status
        createdAt
        submittedAt
        decidedAt
      }
    }
  }
`);

export const AttachmentDocument = graphql(`
  query Attachment($id: ID!) {
    attachment(id: $id) {
      id
      fileName
      mimeType
      contentBase64
    }
  }
`);

export const ProcessDefinitionsDocument = graphql(`
  query ProcessDefinitions($kind: String, $allVersions: Boolean! = false) {
    processDefinitions(kind: $kind, allVersions: $allVersions) {
      id
      kind
      version
      name
      nameEn
      effectiveFrom
      createdAt
      publishedBy
      note
      fields {
        key
        label
        type
        required
        immutable
        choices
      }
      steps {
        key
        name
        nameEn
        timeLimitHours
        approver {
          kind
          code
          unitKind
          unitFunction
        }
        conditions {
          field
          op
          value
        }
      }
    }
  }
`);

export const PreviewApproversDocument = graphql(`
  query PreviewApprovers($kind: String!, $data: JSONObject!) {
    previewApprovers(kind: $kind, data: $data) {
      key
      name
      applies
      approver {
        id
        name
      }
    }
  }
`);

export const CreateDocumentDocument = graphql(`
  mutation CreateDocument($kind: String!, $data: JSONObject!) {
    createDocument(kind: $kind, data: $data) {
      id
      status
    }
  }
`);

export const UpdateDocumentDocument = graphql(`
  mutation UpdateDocument($id: ID!, $data: JSONObject!) {
    updateDocument(id: $id, data: $data) {
      id
      status
    }
  }
`);

export const AttachToDocumentDocument = graphql(`
  mutation AttachToDocument($documentId: ID!, $file: AttachmentInput!) {
    attachToDocument(documentId: $documentId, file: $file) {
      id
    }
  }
`);

export const SubmitDocumentDocument = graphql(`
  mutation SubmitDocument($id: ID!) {
    submitDocument(id: $id) {
      id
      status
    }
  }
`);

export const ApproveStepDocument = graphql(`
  mutation ApproveStep($documentId: ID!, $stepId: ID, $comment: String) {
    approveStep(documentId: $documentId, stepId: $stepId, comment: $comment) {
      id
      status
    }
  }
`);

export const RejectStepDocument = graphql(`
  mutation RejectStep($documentId: ID!, $stepId: ID, $comment: String!) {
    rejectStep(documentId: $documentId, stepId: $stepId, comment: $comment) {
      id
      status
    }
  }
`);

export const ReturnStepDocument = graphql(`
  mutation ReturnStep($documentId: ID!, $stepId: ID, $comment: String!) {
    returnStep(documentId: $documentId, stepId: $stepId, comment: $comment) {
      id
      status
    }
  }
`);

export const WithdrawDocumentDocument = graphql(`
  mutation WithdrawDocument($id: ID!, $reason: String) {
    withdrawDocument(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const UnapproveDocumentDocument = graphql(`
  mutation UnapproveDocument($id: ID!, $reason: String!) {
    unapproveDocument(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const VoidDocumentDocument = graphql(`
  mutation VoidDocument($id: ID!, $reason: String!) {
    voidDocument(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const PublishProcessDefinitionDocument = graphql(`
  mutation PublishProcessDefinition($input: ProcessDefinitionInput!) {
    publishProcessDefinition(input: $input) {
      id
      kind
      version
    }
  }
`);

export const BudgetsDocument = graphql(`
  query Budgets($year: Int!) {
    budgets(year: $year) {
      id
      year
      category
      amount
      consumed
      unit {
        id
        name
        nameEn
        code
      }
    }
  }
`);

export const SetBudgetDocument = graphql(`
  mutation SetBudget($input: BudgetInput!) {
    setBudget(input: $input) {
      id
      year
      category
      amount
      consumed
    }
  }
`);
