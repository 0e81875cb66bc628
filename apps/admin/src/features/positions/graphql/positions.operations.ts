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
