import { graphql } from '../../../gql';

export const OrgChartDocument = graphql(`
  query OrgChart($rootId: ID) {
    orgChart(rootId: $rootId) {
      nodes {
        id
        parentId
        code
        name
        nameEn
        kind
        function
        depth
        directHeadcount
        headcount
        vacancies
        head {
          id
          name
          employeeNo
        }
        positions {
          positionId
          title
          isHead
          planned
          filled
          vacancies
        }
      }
    }
  }
`);

export const UnitEmployeesDocument = graphql(`
  query UnitEmployees($id: ID!, $first: Int!, $offset: Int!) {
    orgUnit(id: $id) {
      id
      ancestors {
        id
        name
        nameEn
      }
      employees(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          employeeNo
          name
          status
          unit {
            id
            name
            nameEn
          }
          position {
            id
            title
            titleEn
          }
        }
      }
    }
  }
`);
