import { graphql } from '../../../gql';

export const RolesDocument = graphql(`
  query Roles {
    roles {
      id
      code
      name
      nameEn
      description
      system
      grants {
        permission
        scope
      }
    }
  }
`);

export const CreateRoleDocument = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) {
      id
    }
  }
`);

export const UpdateRoleDocument = graphql(`
  mutation UpdateRole($id: ID!, $input: RoleInput!) {
    updateRole(id: $id, input: $input) {
      id
      code
      name
      nameEn
      description
      grants {
        permission
        scope
      }
    }
  }
`);

export const DeleteRoleDocument = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id)
  }
`);
