/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        id\n        displayName\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditRecords(\n    $operation: String\n    $outcome: AuditOutcome\n    $targetType: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditRecords(\n      operation: $operation\n      outcome: $outcome\n      targetType: $targetType\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        operation\n        outcome\n        actorType\n        actorName\n        targetType\n        targetId\n        errorCode\n        requestId\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditRecordsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      actorType\n      employeeId\n      permissions\n      grants {\n        permission\n        scope\n        unitId\n      }\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      employee {\n        ...EmployeeName\n        ...EmployeePlacement\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query Employees(\n    $search: String\n    $unitId: ID\n    $positionId: ID\n    $status: [EmployeeStatus!]\n    $first: Int!\n    $offset: Int!\n  ) {\n    employees(search: $search, unitId: $unitId, positionId: $positionId, status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...EmployeeRow\n        ...EmployeePlacement\n      }\n    }\n  }\n": typeof types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeRow\n      deactivatedAt\n      unit {\n        ...UnitName\n        ancestors {\n          ...UnitName\n        }\n      }\n      position {\n        ...PositionTitle\n        summary\n      }\n      manager {\n        ...EmployeeName\n      }\n      absences {\n        id\n        startsAt\n        endsAt\n        reason\n        cancelledAt\n        deputy {\n          id\n          name\n        }\n      }\n      deputyFor {\n        id\n        startsAt\n        endsAt\n        reason\n        employee {\n          ...EmployeeName\n        }\n      }\n    }\n  }\n": typeof types.EmployeeDocument,
    "\n  query UnitPositions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      unit {\n        ...UnitName\n      }\n    }\n  }\n": typeof types.UnitPositionsDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      employeeNo\n      name\n    }\n  }\n": typeof types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {\n    updateEmployee(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      status\n      hireDate\n    }\n  }\n": typeof types.UpdateEmployeeDocument,
    "\n  mutation DeactivateEmployee($id: ID!) {\n    deactivateEmployee(id: $id) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateEmployeeDocument,
    "\n  query EmployeeOptions($search: String, $unitId: ID, $status: [EmployeeStatus!], $first: Int!) {\n    employees(search: $search, unitId: $unitId, status: $status, first: $first) {\n      nodes {\n        id\n        employeeNo\n        name\n        unit {\n          ...UnitName\n        }\n      }\n    }\n  }\n": typeof types.EmployeeOptionsDocument,
    "\n  mutation TransferEmployee($id: ID!, $input: TransferEmployeeInput!) {\n    transferEmployee(id: $id, input: $input) {\n      id\n      ...EmployeePlacement\n    }\n  }\n": typeof types.TransferEmployeeDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      startsAt\n      endsAt\n      reason\n      deputy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordAbsenceDocument,
    "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelAbsenceDocument,
    "\n  query OrgChart($rootId: ID) {\n    orgChart(rootId: $rootId) {\n      nodes {\n        id\n        parentId\n        code\n        name\n        nameEn\n        kind\n        function\n        depth\n        directHeadcount\n        headcount\n        vacancies\n        head {\n          id\n          name\n          employeeNo\n        }\n        positions {\n          positionId\n          title\n          isHead\n          planned\n          filled\n          vacancies\n        }\n      }\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  query UnitEmployees($id: ID!, $first: Int!, $offset: Int!) {\n    orgUnit(id: $id) {\n      id\n      ancestors {\n        ...UnitName\n      }\n      employees(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          employeeNo\n          name\n          status\n          ...EmployeePlacement\n        }\n      }\n    }\n  }\n": typeof types.UnitEmployeesDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      function\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parentId\n      depth\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveOrgUnitDocument,
    "\n  query Positions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      unit {\n        ...UnitName\n      }\n      superior {\n        ...PositionTitle\n      }\n      subordinates {\n        ...PositionTitle\n      }\n      holders {\n        ...EmployeeName\n      }\n    }\n  }\n": typeof types.PositionsDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      title\n    }\n  }\n": typeof types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      superior {\n        ...PositionTitle\n      }\n    }\n  }\n": typeof types.UpdatePositionDocument,
    "\n  mutation ArchivePosition($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchivePositionDocument,
    "\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  query Users($search: String, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        locale\n        status\n        lastLoginAt\n        employee {\n          ...EmployeeName\n        }\n        roles {\n          id\n          role {\n            id\n            name\n            nameEn\n          }\n          unit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query RoleOptions {\n    roles {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.RoleOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AssignRole($userId: ID!, $roleId: ID!, $unitId: ID) {\n    assignRole(userId: $userId, roleId: $roleId, unitId: $unitId) {\n      id\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($userRoleId: ID!) {\n    revokeRole(userRoleId: $userRoleId)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      locale\n      status\n      employee {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserPassword($id: ID!, $input: SetPasswordInput!) {\n    setUserPassword(id: $id, input: $input)\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment UnitName on OrgUnit {\n    id\n    name\n    nameEn\n  }\n": typeof types.UnitNameFragmentDoc,
    "\n  fragment PositionTitle on Position {\n    id\n    title\n    titleEn\n  }\n": typeof types.PositionTitleFragmentDoc,
    "\n  fragment EmployeePlacement on Employee {\n    unit {\n      ...UnitName\n    }\n    position {\n      ...PositionTitle\n    }\n  }\n": typeof types.EmployeePlacementFragmentDoc,
    "\n  fragment EmployeeName on Employee {\n    id\n    name\n    employeeNo\n  }\n": typeof types.EmployeeNameFragmentDoc,
    "\n  fragment EmployeeRow on Employee {\n    id\n    employeeNo\n    name\n    email\n    phone\n    status\n    hireDate\n  }\n": typeof types.EmployeeRowFragmentDoc,
};
const documents: Documents = {
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        id\n        displayName\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditRecords(\n    $operation: String\n    $outcome: AuditOutcome\n    $targetType: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditRecords(\n      operation: $operation\n      outcome: $outcome\n      targetType: $targetType\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        operation\n        outcome\n        actorType\n        actorName\n        targetType\n        targetId\n        errorCode\n        requestId\n        before\n        after\n      }\n    }\n  }\n": types.AuditRecordsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      actorType\n      employeeId\n      permissions\n      grants {\n        permission\n        scope\n        unitId\n      }\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      employee {\n        ...EmployeeName\n        ...EmployeePlacement\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query Employees(\n    $search: String\n    $unitId: ID\n    $positionId: ID\n    $status: [EmployeeStatus!]\n    $first: Int!\n    $offset: Int!\n  ) {\n    employees(search: $search, unitId: $unitId, positionId: $positionId, status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...EmployeeRow\n        ...EmployeePlacement\n      }\n    }\n  }\n": types.EmployeesDocument,
    "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeRow\n      deactivatedAt\n      unit {\n        ...UnitName\n        ancestors {\n          ...UnitName\n        }\n      }\n      position {\n        ...PositionTitle\n        summary\n      }\n      manager {\n        ...EmployeeName\n      }\n      absences {\n        id\n        startsAt\n        endsAt\n        reason\n        cancelledAt\n        deputy {\n          id\n          name\n        }\n      }\n      deputyFor {\n        id\n        startsAt\n        endsAt\n        reason\n        employee {\n          ...EmployeeName\n        }\n      }\n    }\n  }\n": types.EmployeeDocument,
    "\n  query UnitPositions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      unit {\n        ...UnitName\n      }\n    }\n  }\n": types.UnitPositionsDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      employeeNo\n      name\n    }\n  }\n": types.CreateEmployeeDocument,
    "\n  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {\n    updateEmployee(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      status\n      hireDate\n    }\n  }\n": types.UpdateEmployeeDocument,
    "\n  mutation DeactivateEmployee($id: ID!) {\n    deactivateEmployee(id: $id) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n": types.DeactivateEmployeeDocument,
    "\n  query EmployeeOptions($search: String, $unitId: ID, $status: [EmployeeStatus!], $first: Int!) {\n    employees(search: $search, unitId: $unitId, status: $status, first: $first) {\n      nodes {\n        id\n        employeeNo\n        name\n        unit {\n          ...UnitName\n        }\n      }\n    }\n  }\n": types.EmployeeOptionsDocument,
    "\n  mutation TransferEmployee($id: ID!, $input: TransferEmployeeInput!) {\n    transferEmployee(id: $id, input: $input) {\n      id\n      ...EmployeePlacement\n    }\n  }\n": types.TransferEmployeeDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      startsAt\n      endsAt\n      reason\n      deputy {\n        id\n        name\n      }\n    }\n  }\n": types.RecordAbsenceDocument,
    "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelAbsenceDocument,
    "\n  query OrgChart($rootId: ID) {\n    orgChart(rootId: $rootId) {\n      nodes {\n        id\n        parentId\n        code\n        name\n        nameEn\n        kind\n        function\n        depth\n        directHeadcount\n        headcount\n        vacancies\n        head {\n          id\n          name\n          employeeNo\n        }\n        positions {\n          positionId\n          title\n          isHead\n          planned\n          filled\n          vacancies\n        }\n      }\n    }\n  }\n": types.OrgChartDocument,
    "\n  query UnitEmployees($id: ID!, $first: Int!, $offset: Int!) {\n    orgUnit(id: $id) {\n      id\n      ancestors {\n        ...UnitName\n      }\n      employees(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          employeeNo\n          name\n          status\n          ...EmployeePlacement\n        }\n      }\n    }\n  }\n": types.UnitEmployeesDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      function\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parentId\n      depth\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveOrgUnitDocument,
    "\n  query Positions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      unit {\n        ...UnitName\n      }\n      superior {\n        ...PositionTitle\n      }\n      subordinates {\n        ...PositionTitle\n      }\n      holders {\n        ...EmployeeName\n      }\n    }\n  }\n": types.PositionsDocument,
    "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      title\n    }\n  }\n": types.CreatePositionDocument,
    "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      superior {\n        ...PositionTitle\n      }\n    }\n  }\n": types.UpdatePositionDocument,
    "\n  mutation ArchivePosition($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchivePositionDocument,
    "\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": types.DeleteRoleDocument,
    "\n  query Users($search: String, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        locale\n        status\n        lastLoginAt\n        employee {\n          ...EmployeeName\n        }\n        roles {\n          id\n          role {\n            id\n            name\n            nameEn\n          }\n          unit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query RoleOptions {\n    roles {\n      id\n      name\n      nameEn\n    }\n  }\n": types.RoleOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation AssignRole($userId: ID!, $roleId: ID!, $unitId: ID) {\n    assignRole(userId: $userId, roleId: $roleId, unitId: $unitId) {\n      id\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($userRoleId: ID!) {\n    revokeRole(userRoleId: $userRoleId)\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      locale\n      status\n      employee {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserPassword($id: ID!, $input: SetPasswordInput!) {\n    setUserPassword(id: $id, input: $input)\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment UnitName on OrgUnit {\n    id\n    name\n    nameEn\n  }\n": types.UnitNameFragmentDoc,
    "\n  fragment PositionTitle on Position {\n    id\n    title\n    titleEn\n  }\n": types.PositionTitleFragmentDoc,
    "\n  fragment EmployeePlacement on Employee {\n    unit {\n      ...UnitName\n    }\n    position {\n      ...PositionTitle\n    }\n  }\n": types.EmployeePlacementFragmentDoc,
    "\n  fragment EmployeeName on Employee {\n    id\n    name\n    employeeNo\n  }\n": types.EmployeeNameFragmentDoc,
    "\n  fragment EmployeeRow on Employee {\n    id\n    employeeNo\n    name\n    email\n    phone\n    status\n    hireDate\n  }\n": types.EmployeeRowFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        id\n        displayName\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdBy {\n        id\n        displayName\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditRecords(\n    $operation: String\n    $outcome: AuditOutcome\n    $targetType: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditRecords(\n      operation: $operation\n      outcome: $outcome\n      targetType: $targetType\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        operation\n        outcome\n        actorType\n        actorName\n        targetType\n        targetId\n        errorCode\n        requestId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditRecords(\n    $operation: String\n    $outcome: AuditOutcome\n    $targetType: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditRecords(\n      operation: $operation\n      outcome: $outcome\n      targetType: $targetType\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        id\n        at\n        operation\n        outcome\n        actorType\n        actorName\n        targetType\n        targetId\n        errorCode\n        requestId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      actorType\n      employeeId\n      permissions\n      grants {\n        permission\n        scope\n        unitId\n      }\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      employee {\n        ...EmployeeName\n        ...EmployeePlacement\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      actorType\n      employeeId\n      permissions\n      grants {\n        permission\n        scope\n        unitId\n      }\n      user {\n        id\n        email\n        displayName\n        locale\n      }\n      employee {\n        ...EmployeeName\n        ...EmployeePlacement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employees(\n    $search: String\n    $unitId: ID\n    $positionId: ID\n    $status: [EmployeeStatus!]\n    $first: Int!\n    $offset: Int!\n  ) {\n    employees(search: $search, unitId: $unitId, positionId: $positionId, status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...EmployeeRow\n        ...EmployeePlacement\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employees(\n    $search: String\n    $unitId: ID\n    $positionId: ID\n    $status: [EmployeeStatus!]\n    $first: Int!\n    $offset: Int!\n  ) {\n    employees(search: $search, unitId: $unitId, positionId: $positionId, status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...EmployeeRow\n        ...EmployeePlacement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeRow\n      deactivatedAt\n      unit {\n        ...UnitName\n        ancestors {\n          ...UnitName\n        }\n      }\n      position {\n        ...PositionTitle\n        summary\n      }\n      manager {\n        ...EmployeeName\n      }\n      absences {\n        id\n        startsAt\n        endsAt\n        reason\n        cancelledAt\n        deputy {\n          id\n          name\n        }\n      }\n      deputyFor {\n        id\n        startsAt\n        endsAt\n        reason\n        employee {\n          ...EmployeeName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Employee($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeRow\n      deactivatedAt\n      unit {\n        ...UnitName\n        ancestors {\n          ...UnitName\n        }\n      }\n      position {\n        ...PositionTitle\n        summary\n      }\n      manager {\n        ...EmployeeName\n      }\n      absences {\n        id\n        startsAt\n        endsAt\n        reason\n        cancelledAt\n        deputy {\n          id\n          name\n        }\n      }\n      deputyFor {\n        id\n        startsAt\n        endsAt\n        reason\n        employee {\n          ...EmployeeName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPositions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      unit {\n        ...UnitName\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPositions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      unit {\n        ...UnitName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      employeeNo\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      id\n      employeeNo\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {\n    updateEmployee(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      status\n      hireDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployee($id: ID!, $input: UpdateEmployeeInput!) {\n    updateEmployee(id: $id, input: $input) {\n      id\n      name\n      email\n      phone\n      status\n      hireDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateEmployee($id: ID!) {\n    deactivateEmployee(id: $id) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateEmployee($id: ID!) {\n    deactivateEmployee(id: $id) {\n      id\n      status\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeOptions($search: String, $unitId: ID, $status: [EmployeeStatus!], $first: Int!) {\n    employees(search: $search, unitId: $unitId, status: $status, first: $first) {\n      nodes {\n        id\n        employeeNo\n        name\n        unit {\n          ...UnitName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeOptions($search: String, $unitId: ID, $status: [EmployeeStatus!], $first: Int!) {\n    employees(search: $search, unitId: $unitId, status: $status, first: $first) {\n      nodes {\n        id\n        employeeNo\n        name\n        unit {\n          ...UnitName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferEmployee($id: ID!, $input: TransferEmployeeInput!) {\n    transferEmployee(id: $id, input: $input) {\n      id\n      ...EmployeePlacement\n    }\n  }\n"): (typeof documents)["\n  mutation TransferEmployee($id: ID!, $input: TransferEmployeeInput!) {\n    transferEmployee(id: $id, input: $input) {\n      id\n      ...EmployeePlacement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      startsAt\n      endsAt\n      reason\n      deputy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      startsAt\n      endsAt\n      reason\n      deputy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChart($rootId: ID) {\n    orgChart(rootId: $rootId) {\n      nodes {\n        id\n        parentId\n        code\n        name\n        nameEn\n        kind\n        function\n        depth\n        directHeadcount\n        headcount\n        vacancies\n        head {\n          id\n          name\n          employeeNo\n        }\n        positions {\n          positionId\n          title\n          isHead\n          planned\n          filled\n          vacancies\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChart($rootId: ID) {\n    orgChart(rootId: $rootId) {\n      nodes {\n        id\n        parentId\n        code\n        name\n        nameEn\n        kind\n        function\n        depth\n        directHeadcount\n        headcount\n        vacancies\n        head {\n          id\n          name\n          employeeNo\n        }\n        positions {\n          positionId\n          title\n          isHead\n          planned\n          filled\n          vacancies\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEmployees($id: ID!, $first: Int!, $offset: Int!) {\n    orgUnit(id: $id) {\n      id\n      ancestors {\n        ...UnitName\n      }\n      employees(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          employeeNo\n          name\n          status\n          ...EmployeePlacement\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitEmployees($id: ID!, $first: Int!, $offset: Int!) {\n    orgUnit(id: $id) {\n      id\n      ancestors {\n        ...UnitName\n      }\n      employees(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          employeeNo\n          name\n          status\n          ...EmployeePlacement\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      function\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      kind\n      function\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parentId\n      depth\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parentId\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrgUnit($id: ID!) {\n    archiveOrgUnit(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Positions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      unit {\n        ...UnitName\n      }\n      superior {\n        ...PositionTitle\n      }\n      subordinates {\n        ...PositionTitle\n      }\n      holders {\n        ...EmployeeName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Positions($unitId: ID) {\n    positions(unitId: $unitId) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      unit {\n        ...UnitName\n      }\n      superior {\n        ...PositionTitle\n      }\n      subordinates {\n        ...PositionTitle\n      }\n      holders {\n        ...EmployeeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      superior {\n        ...PositionTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, input: $input) {\n      id\n      code\n      title\n      titleEn\n      isHead\n      plannedHeadcount\n      summary\n      duties\n      superior {\n        ...PositionTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePosition($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePosition($id: ID!) {\n    archivePosition(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        locale\n        status\n        lastLoginAt\n        employee {\n          ...EmployeeName\n        }\n        roles {\n          id\n          role {\n            id\n            name\n            nameEn\n          }\n          unit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        locale\n        status\n        lastLoginAt\n        employee {\n          ...EmployeeName\n        }\n        roles {\n          id\n          role {\n            id\n            name\n            nameEn\n          }\n          unit {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleOptions {\n    roles {\n      id\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query RoleOptions {\n    roles {\n      id\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($userId: ID!, $roleId: ID!, $unitId: ID) {\n    assignRole(userId: $userId, roleId: $roleId, unitId: $unitId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($userId: ID!, $roleId: ID!, $unitId: ID) {\n    assignRole(userId: $userId, roleId: $roleId, unitId: $unitId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userRoleId: ID!) {\n    revokeRole(userRoleId: $userRoleId)\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userRoleId: ID!) {\n    revokeRole(userRoleId: $userRoleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      locale\n      status\n      employee {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      locale\n      status\n      employee {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($id: ID!, $input: SetPasswordInput!) {\n    setUserPassword(id: $id, input: $input)\n  }\n"): (typeof documents)["\n  mutation SetUserPassword($id: ID!, $input: SetPasswordInput!) {\n    setUserPassword(id: $id, input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      accessTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitName on OrgUnit {\n    id\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment UnitName on OrgUnit {\n    id\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionTitle on Position {\n    id\n    title\n    titleEn\n  }\n"): (typeof documents)["\n  fragment PositionTitle on Position {\n    id\n    title\n    titleEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeePlacement on Employee {\n    unit {\n      ...UnitName\n    }\n    position {\n      ...PositionTitle\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeePlacement on Employee {\n    unit {\n      ...UnitName\n    }\n    position {\n      ...PositionTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeName on Employee {\n    id\n    name\n    employeeNo\n  }\n"): (typeof documents)["\n  fragment EmployeeName on Employee {\n    id\n    name\n    employeeNo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeRow on Employee {\n    id\n    employeeNo\n    name\n    email\n    phone\n    status\n    hireDate\n  }\n"): (typeof documents)["\n  fragment EmployeeRow on Employee {\n    id\n    employeeNo\n    name\n    email\n    phone\n    status\n    hireDate\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;