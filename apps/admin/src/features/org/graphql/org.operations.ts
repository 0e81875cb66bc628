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
        ...UnitName
      }
      employees(first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          employeeNo
          name
          status
          ...EmployeePlacement
        }
      }
    }
  }
`);

export const CreateOrgUnitDocument = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      code
      name
    }
  }
`);

export const UpdateOrgUnitDocument = graphql(`
  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      id
      code
      name
      nameEn
      kind
      function
    }
  }
`);

export const MoveOrgUnitDocument = graphql(`
  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {
    moveOrgUnit(id: $id, newParentId: $newParentId) {
      id
      parentId
      depth
    }
  }
`);

export const ArchiveOrgUnitDocument = graphql(`
  mutation ArchiveOrgUnit($id: ID!) {
    archiveOrgUnit(id: $id) {
      id
      archivedAt
    }
  }
`);
