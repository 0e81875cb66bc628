import { graphql } from '../../../gql';

export const UsersDocument = graphql(`
  query Users($search: String, $first: Int!, $offset: Int!) {
    users(search: $search, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        email
        displayName
        locale
        status
        lastLoginAt
        employee {
          ...EmployeeName
        }
        roles {
          id
          role {
            id
            name
            nameEn
          }
          unit {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const RoleOptionsDocument = graphql(`
  query RoleOptions {
    roles {
      id
      name
      nameEn
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const AssignRoleDocument = graphql(`
  mutation AssignRole($userId: ID!, $roleId: ID!, $unitId: ID) {
    assignRole(userId: $userId, roleId: $roleId, unitId: $unitId) {
      id
    }
  }
`);

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($userRoleId: ID!) {
    revokeRole(userRoleId: $userRoleId)
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      locale
      status
      employee {
        id
        name
      }
    }
  }
`);

export const SetUserPasswordDocument = graphql(`
  mutation SetUserPassword($id: ID!, $input: SetPasswordInput!) {
    setUserPassword(id: $id, input: $input)
  }
`);
