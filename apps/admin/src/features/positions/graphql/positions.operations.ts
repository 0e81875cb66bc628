import { graphql } from '../../../gql';

export const PositionsDocument = graphql(`
  query Positions($unitId: ID) {
    positions(unitId: $unitId) {
      id
      code
      title
      titleEn
      isHead
      plannedHeadcount
      summary
      duties
      unit {
        id
        name
        nameEn
      }
      superior {
        id
        title
        titleEn
      }
      subordinates {
        id
        title
        titleEn
      }
      holders {
        id
        name
        employeeNo
      }
    }
  }
`);

export const CreatePositionDocument = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      id
      code
      title
    }
  }
`);

export const UpdatePositionDocument = graphql(`
  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
      id
      code
      title
      titleEn
      isHead
      plannedHeadcount
      summary
      duties
      superior {
        id
        title
        titleEn
      }
    }
  }
`);

export const ArchivePositionDocument = graphql(`
  mutation ArchivePosition($id: ID!) {
    archivePosition(id: $id) {
      id
      archivedAt
    }
  }
`);
