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
        ...UnitName
      }
      superior {
        ...PositionTitle
      }
      subordinates {
        ...PositionTitle
      }
      holders {
        ...EmployeeName
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
        ...PositionTitle
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
