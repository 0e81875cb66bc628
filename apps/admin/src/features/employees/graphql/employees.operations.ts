import { graphql } from '../../../gql';

export const EmployeesDocument = graphql(`
  query Employees(
    $search: String
    $unitId: ID
    $positionId: ID
    $status: [EmployeeStatus!]
    $first: Int!
    $offset: Int!
  ) {
    employees(search: $search, unitId: $unitId, positionId: $positionId, status: $status, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...EmployeeRow
        ...EmployeePlacement
      }
    }
  }
`);

export const EmployeeDocument = graphql(`
  query Employee($id: ID!) {
    employee(id: $id) {
      ...EmployeeRow
      deactivatedAt
      unit {
        ...UnitName
        ancestors {
          ...UnitName
        }
      }
      position {
        ...PositionTitle
        summary
      }
      manager {
        ...EmployeeName
      }
      absences {
        id
        startsAt
        endsAt
        reason
        cancelledAt
        deputy {
          id
          name
        }
      }
      deputyFor {
        id
        startsAt
        endsAt
        reason
        employee {
          ...EmployeeName
        }
      }
    }
  }
`);

export const UnitPositionsDocument = graphql(`
  query UnitPositions($unitId: ID) {
    positions(unitId: $unitId) {
      id
      code
      title
      titleEn
      unit {
        ...UnitName
      }
    }
  }
`);

export const CreateEmployeeDocument = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      employeeNo
      name
    }
  }
`);

export const UpdateEmployeeDocument = graphql(`
  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {
    updateEmployee(id: $id, input: $input) {
      id
      name
      email
      phone
      status
      hireDate
    }
  }
`);

export const DeactivateEmployeeDocument = graphql(`
  mutation DeactivateEmployee($id: ID!) {
    deactivateEmployee(id: $id) {
      id
      status
      deactivatedAt
    }
  }
`);

export const EmployeeOptionsDocument = graphql(`
  query EmployeeOptions($search: String, $unitId: ID, $status: [EmployeeStatus!], $first: Int!) {
    employees(search: $search, unitId: $unitId, status: $status, first: $first) {
      nodes {
        id
        employeeNo
        name
        unit {
          ...UnitName
        }
      }
    }
  }
`);

export const TransferEmployeeDocument = graphql(`
  mutation TransferEmployee($id: ID!, $input: TransferEmployeeInput!) {
    transferEmployee(id: $id, input: $input) {
      id
      ...EmployeePlacement
    }
  }
`);

export const RecordAbsenceDocument = graphql(`
  mutation RecordAbsence($input: RecordAbsenceInput!) {
    recordAbsence(input: $input) {
      id
      startsAt
      endsAt
      reason
      deputy {
        id
        name
      }
    }
  }
`);

export const CancelAbsenceDocument = graphql(`
  mutation CancelAbsence($id: ID!) {
    cancelAbsence(id: $id) {
      id
      cancelledAt
    }
  }
`);
