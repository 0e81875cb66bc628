import { graphql } from '../../../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      actorType
      employeeId
      permissions
      grants {
        permission
        scope
        unitId
      }
      user {
        id
        email
        displayName
        locale
      }
      employee {
        ...EmployeeName
        ...EmployeePlacement
      }
    }
  }
`);

export const ChangeMyPasswordDocument = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input)
  }
`);
