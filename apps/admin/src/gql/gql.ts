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
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    phones\n    email\n    birthday\n    address\n    contactVisible\n    marketingConsent\n    tags\n    lifetimeSpend\n    purchaseCount\n    lastPurchaseAt\n    homeStation {\n      ...UnitName\n    }\n    tier {\n      ...TierBadge\n    }\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query Customers($filter: CustomerFilter, $orderBy: CustomerOrder!, $first: Int!, $offset: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerFilterOptions {\n    customerTags\n    tiers {\n      ...TierBadge\n    }\n  }\n": typeof types.CustomerFilterOptionsDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n      createdAt\n      firstPurchaseAt\n      consentChangedAt\n      tierStatus {\n        rulesVersion\n        since\n        overridden\n        overrideReason\n        overrideExpiresAt\n        graceEndsAt\n        missingForNext\n        tier {\n          ...TierBadge\n        }\n        qualifiedTier {\n          ...TierBadge\n        }\n        nextTier {\n          ...TierBadge\n          minLifetimeSpend\n          minWindowSpend\n          minWindowPurchases\n          maxDaysSinceLastPurchase\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      tierHistory {\n        id\n        at\n        reason\n        note\n        actorName\n        rulesVersion\n        fromTier {\n          ...TierBadge\n        }\n        toTier {\n          ...TierBadge\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      points {\n        balance\n        debt\n        nextExpiryAt\n        lots {\n          id\n          earnedAt\n          expiresAt\n          points\n          remaining\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  fragment TierFiguresFields on TierFigures {\n    windowDays\n    windowSpend\n    windowPurchases\n    lifetimeSpend\n    daysSinceLastPurchase\n  }\n": typeof types.TierFiguresFieldsFragmentDoc,
    "\n  query CustomerLedger($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      pointsLedger(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          points\n          balanceAfter\n          reason\n          source\n          actorName\n          approvedBy\n        }\n      }\n    }\n  }\n": typeof types.CustomerLedgerDocument,
    "\n  query CustomerPurchases($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      purchases(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          externalOrderId\n          occurredAt\n          amount\n          pointsEarned\n          status\n          refundedAt\n          refundReason\n          recordedBy\n          station {\n            ...UnitName\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerPurchasesDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          summary\n          data\n        }\n      }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation OverrideTier($input: OverrideTierInput!) {\n    overrideTier(input: $input) {\n      id\n    }\n  }\n": typeof types.OverrideTierDocument,
    "\n  mutation ClearTierOverride($customerId: ID!, $reason: String!) {\n    clearTierOverride(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ClearTierOverrideDocument,
    "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      id\n      balanceAfter\n    }\n  }\n": typeof types.RedeemPointsDocument,
    "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestPointsAdjustmentDocument,
    "\n  mutation RefundPurchase($input: RefundPurchaseInput!) {\n    refundPurchase(input: $input) {\n      id\n      status\n      refundedAt\n      refundReason\n    }\n  }\n": typeof types.RefundPurchaseDocument,
    "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      ...DownloadFile\n    }\n  }\n": typeof types.ExportCustomersDocument,
    "\n  fragment DownloadFile on ExportFile {\n    fileName\n    mimeType\n    contentBase64\n    rowCount\n  }\n": typeof types.DownloadFileFragmentDoc,
    "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    status\n    fileName\n    format\n    encoding\n    totalRows\n    validRows\n    errorRows\n    processedRows\n    createdCount\n    updatedCount\n    columns {\n      header\n      field\n    }\n    sample {\n      row\n      code\n      name\n      phones\n      email\n      birthday\n      homeStationCode\n      tags\n    }\n    issues {\n      row\n      column\n      field\n      code\n      message\n    }\n    errorFile {\n      ...DownloadFile\n    }\n  }\n": typeof types.CustomerImportFieldsFragmentDoc,
    "\n  mutation PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      ...CustomerImportFields\n    }\n  }\n": typeof types.PreviewCustomerImportDocument,
    "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      id\n      status\n      processedRows\n      validRows\n      createdCount\n      updatedCount\n    }\n  }\n": typeof types.RunCustomerImportDocument,
    "\n  query WinBackTasks($status: [WinBackStatus!], $first: Int!, $offset: Int!) {\n    winBackTasks(status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        status\n        dueOn\n        note\n        createdAt\n        closedAt\n        lastPurchaseAt\n        station {\n          ...UnitName\n        }\n        customer {\n          id\n          code\n          name\n          phones\n          contactVisible\n        }\n      }\n    }\n  }\n": typeof types.WinBackTasksDocument,
    "\n  query CrmSettings {\n    crmSettings {\n      lostAfterDays\n      tierWindowDays\n    }\n  }\n": typeof types.CrmSettingsDocument,
    "\n  mutation CreateWinBackTasks($input: CreateWinBackTasksInput!) {\n    createWinBackTasks(input: $input)\n  }\n": typeof types.CreateWinBackTasksDocument,
    "\n  mutation UpdateWinBackTask($id: ID!, $input: UpdateWinBackTaskInput!) {\n    updateWinBackTask(id: $id, input: $input) {\n      id\n      status\n      note\n      closedAt\n    }\n  }\n": typeof types.UpdateWinBackTaskDocument,
    "\n  query PointsAdjustments($pendingOnly: Boolean!, $first: Int!, $offset: Int!) {\n    pointsAdjustments(pendingOnly: $pendingOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        points\n        reason\n        status\n        requestedBy\n        createdAt\n        decidedAt\n        decidedBy\n        decisionNote\n        customer {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.PointsAdjustmentsDocument,
    "\n  mutation DecidePointsAdjustment($input: DecidePointsAdjustmentInput!) {\n    decidePointsAdjustment(input: $input) {\n      id\n      status\n      decidedAt\n      decisionNote\n    }\n  }\n": typeof types.DecidePointsAdjustmentDocument,
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
    "\n  fragment TierRule on Tier {\n    ...TierBadge\n    minLifetimeSpend\n    minWindowSpend\n    minWindowPurchases\n    maxDaysSinceLastPurchase\n    pointsMultiplier\n    servicePriority\n    birthdayBonusPoints\n    memberOffers\n    graceDays\n  }\n": typeof types.TierRuleFragmentDoc,
    "\n  query TierRules {\n    tierRules {\n      version\n      windowDays\n      publishedAt\n      publishedBy\n      tiers {\n        ...TierRule\n      }\n    }\n  }\n": typeof types.TierRulesDocument,
    "\n  fragment TierImpactFields on TierImpact {\n    rulesVersion\n    customers\n    upgrades\n    downgrades\n    unchanged\n    overridden\n    rows {\n      code\n      tierId\n      current\n      projected\n      up\n      down\n    }\n  }\n": typeof types.TierImpactFieldsFragmentDoc,
    "\n  query PreviewTierChange($input: TierRulesInput!) {\n    previewTierChange(input: $input) {\n      ...TierImpactFields\n    }\n  }\n": typeof types.PreviewTierChangeDocument,
    "\n  mutation PublishTierChange($expectedVersion: Int!, $input: TierRulesInput!) {\n    publishTierChange(expectedVersion: $expectedVersion, input: $input) {\n      ...TierImpactFields\n    }\n  }\n": typeof types.PublishTierChangeDocument,
    "\n  mutation RunTierEvaluation {\n    runTierEvaluation {\n      ...TierImpactFields\n    }\n  }\n": typeof types.RunTierEvaluationDocument,
    "\n  mutation RunPointsExpiry {\n    runPointsExpiry {\n      customers\n      points\n    }\n  }\n": typeof types.RunPointsExpiryDocument,
    "\n  query LoyaltyDashboard($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      kind\n      points\n    }\n    tierDistribution {\n      customers\n      tier {\n        ...TierBadge\n      }\n    }\n    retention(months: $months) {\n      month\n      stationId\n      stationName\n      base\n      retained\n      rate\n    }\n  }\n": typeof types.LoyaltyDashboardDocument,
    "\n  fragment LoyaltyProgramFields on LoyaltyProgram {\n    pointsPerCurrencyUnit\n    lotExpiryDays\n    rounding\n  }\n": typeof types.LoyaltyProgramFieldsFragmentDoc,
    "\n  fragment BonusRuleFields on BonusRule {\n    id\n    code\n    name\n    kind\n    active\n    extraMultiplier\n    fixedPoints\n  }\n": typeof types.BonusRuleFieldsFragmentDoc,
    "\n  query LoyaltyProgram {\n    loyaltyProgram {\n      ...LoyaltyProgramFields\n    }\n    bonusRules {\n      ...BonusRuleFields\n    }\n  }\n": typeof types.LoyaltyProgramDocument,
    "\n  mutation UpdateLoyaltyProgram($input: LoyaltyProgramInput!) {\n    updateLoyaltyProgram(input: $input) {\n      ...LoyaltyProgramFields\n    }\n  }\n": typeof types.UpdateLoyaltyProgramDocument,
    "\n  mutation SaveBonusRule($input: BonusRuleInput!) {\n    saveBonusRule(input: $input) {\n      ...BonusRuleFields\n    }\n  }\n": typeof types.SaveBonusRuleDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($unreadOnly: Boolean! = false, $first: Int, $language: PreferredLanguage!) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        kindLabel(language: $language)\n        subject\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
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
    "\n  query MyTasks($kind: String, $overdueOnly: Boolean, $first: Int, $offset: Int) {\n    myTasks(kind: $kind, overdueOnly: $overdueOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        dueAt\n        overdue\n        assigneeName\n        document {\n          id\n          number\n          title\n          kind\n          applicantName\n          submittedAt\n        }\n      }\n    }\n    myTaskCounts {\n      kind\n      open\n      overdue\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      number\n      kind\n      title\n      status\n      definitionVersion\n      locked\n      currentStep\n      data\n      facts\n      applicantId\n      applicantName\n      unit {\n        id\n        name\n        nameEn\n      }\n      createdAt\n      submittedAt\n      decidedAt\n      round\n      replacesId\n      steps {\n        id\n        index\n        key\n        name\n        status\n        assigneeId\n        assigneeName\n        decidedByName\n        actingForName\n        comment\n        openedAt\n        decidedAt\n        dueAt\n        overdue\n      }\n      history {\n        id\n        action\n        stepIndex\n        actorName\n        actingForName\n        comment\n        at\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n      }\n    }\n  }\n": typeof types.DocumentDocument,
    "\n  query MyDocuments($status: [DocumentStatus!], $kind: String, $first: Int, $offset: Int) {\n    documents(mine: true, status: $status, kind: $kind, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        status\n        createdAt\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n": typeof types.MyDocumentsDocument,
    "\n  query Attachment($id: ID!) {\n    attachment(id: $id) {\n      id\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.AttachmentDocument,
    "\n  query ProcessDefinitions($kind: String, $allVersions: Boolean! = false) {\n    processDefinitions(kind: $kind, allVersions: $allVersions) {\n      id\n      kind\n      version\n      name\n      nameEn\n      effectiveFrom\n      createdAt\n      publishedBy\n      note\n      fields {\n        key\n        label\n        type\n        required\n        immutable\n        choices\n      }\n      steps {\n        key\n        name\n        nameEn\n        timeLimitHours\n        approver {\n          kind\n          code\n          unitKind\n          unitFunction\n        }\n        conditions {\n          field\n          op\n          value\n        }\n      }\n    }\n  }\n": typeof types.ProcessDefinitionsDocument,
    "\n  query PreviewApprovers($kind: String!, $data: JSONObject!) {\n    previewApprovers(kind: $kind, data: $data) {\n      key\n      name\n      applies\n      approver {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PreviewApproversDocument,
    "\n  mutation CreateDocument($kind: String!, $data: JSONObject!) {\n    createDocument(kind: $kind, data: $data) {\n      id\n      status\n    }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $data: JSONObject!) {\n    updateDocument(id: $id, data: $data) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  mutation AttachToDocument($documentId: ID!, $file: AttachmentInput!) {\n    attachToDocument(documentId: $documentId, file: $file) {\n      id\n    }\n  }\n": typeof types.AttachToDocumentDocument,
    "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitDocumentDocument,
    "\n  mutation ApproveStep($documentId: ID!, $stepId: ID, $comment: String) {\n    approveStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveStepDocument,
    "\n  mutation RejectStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    rejectStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.RejectStepDocument,
    "\n  mutation ReturnStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    returnStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnStepDocument,
    "\n  mutation WithdrawDocument($id: ID!, $reason: String) {\n    withdrawDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawDocumentDocument,
    "\n  mutation UnapproveDocument($id: ID!, $reason: String!) {\n    unapproveDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.UnapproveDocumentDocument,
    "\n  mutation VoidDocument($id: ID!, $reason: String!) {\n    voidDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.VoidDocumentDocument,
    "\n  mutation PublishProcessDefinition($input: ProcessDefinitionInput!) {\n    publishProcessDefinition(input: $input) {\n      id\n      kind\n      version\n    }\n  }\n": typeof types.PublishProcessDefinitionDocument,
    "\n  query Budgets($year: Int!) {\n    budgets(year: $year) {\n      id\n      year\n      category\n      amount\n      consumed\n      unit {\n        id\n        name\n        nameEn\n        code\n      }\n    }\n  }\n": typeof types.BudgetsDocument,
    "\n  mutation SetBudget($input: BudgetInput!) {\n    setBudget(input: $input) {\n      id\n      year\n      category\n      amount\n      consumed\n    }\n  }\n": typeof types.SetBudgetDocument,
    "\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment RepairCountsFields on RepairCounts {\n    received\n    repairsReceived\n    inWarranty\n    outOfWarranty\n    returnsReceived\n    returnsAccepted\n    returnsByException\n    delivered\n  }\n": typeof types.RepairCountsFieldsFragmentDoc,
    "\n  fragment ReportBucketFields on ReportBucket {\n    key\n    label\n    count\n  }\n": typeof types.ReportBucketFieldsFragmentDoc,
    "\n  query ServiceYearReport($year: Int!, $unitId: ID) {\n    repairReport(year: $year, unitId: $unitId) {\n      year\n      months {\n        month\n        received\n        repairsReceived\n        inWarranty\n        outOfWarranty\n        returnsReceived\n        returnsAccepted\n        returnsByException\n        delivered\n      }\n      total {\n        ...RepairCountsFields\n      }\n    }\n    complaintAnalysis(year: $year, unitId: $unitId) {\n      year\n      total\n      substantiated\n      byMonth {\n        ...ReportBucketFields\n      }\n      byRootCause {\n        ...ReportBucketFields\n      }\n      byProduct {\n        ...ReportBucketFields\n      }\n      byResponsibleUnit {\n        ...ReportBucketFields\n      }\n      byTriage {\n        ...ReportBucketFields\n      }\n    }\n  }\n": typeof types.ServiceYearReportDocument,
    "\n  query SlaAttainment($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) {\n    slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {\n      key\n      label\n      cases\n      firstResponseMet\n      resolutionMet\n      breached\n      rate\n    }\n  }\n": typeof types.SlaAttainmentDocument,
    "\n  query AgentServiceStats($from: LocalDate!, $to: LocalDate!, $unitId: ID) {\n    agentServiceStats(from: $from, to: $to, unitId: $unitId) {\n      employeeId\n      name\n      answered\n      resolved\n      substantiatedComplaints\n      substantiatedInYear\n      penaltyReviewDue\n      slaCases\n      slaRate\n    }\n  }\n": typeof types.AgentServiceStatsDocument,
    "\n  fragment StationCalendarFields on StationCalendar {\n    stationId\n    stationCode\n    stationName\n    custom\n    week\n    holidays\n    updatedAt\n  }\n": typeof types.StationCalendarFieldsFragmentDoc,
    "\n  query ServiceCalendars {\n    serviceCalendars {\n      ...StationCalendarFields\n    }\n  }\n": typeof types.ServiceCalendarsDocument,
    "\n  mutation SetServiceCalendar($stationId: ID!, $input: ServiceCalendarInput!) {\n    setServiceCalendar(stationId: $stationId, input: $input) {\n      ...StationCalendarFields\n    }\n  }\n": typeof types.SetServiceCalendarDocument,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    kind\n    severity\n    minPriority\n    firstResponseMinutes\n    updateMinutes\n    resolutionMinutes\n  }\n": typeof types.SlaPolicyFieldsFragmentDoc,
    "\n  query SlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.SlaPoliciesDocument,
    "\n  mutation UpsertSlaPolicy($input: SlaPolicyInput!) {\n    upsertSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": typeof types.UpsertSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n": typeof types.DeleteSlaPolicyDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    kind\n    status\n    severity\n    channel\n    priority\n    subject\n    customerName\n    contactName\n    unitName\n    assigneeId\n    assigneeName\n    openedAt\n    updatedAt\n    paused\n    firstResponseDueAt\n    firstRespondedAt\n    firstResponseBreached\n    nextUpdateDueAt\n    resolutionDueAt\n    resolutionBreached\n    resolvedAt\n    escalationLevel\n    customer {\n      id\n      tier {\n        ...TierBadge\n      }\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  query Tickets(\n    $first: Int!\n    $offset: Int\n    $kind: [TicketKind!]\n    $status: [TicketStatus!]\n    $unitId: ID\n    $mine: Boolean\n    $assigneeId: ID\n    $severity: [Severity!]\n    $sla: [SlaState!]\n    $breached: Boolean\n    $search: String\n  ) {\n    tickets(\n      first: $first\n      offset: $offset\n      kind: $kind\n      status: $status\n      unitId: $unitId\n      mine: $mine\n      assigneeId: $assigneeId\n      severity: $severity\n      sla: $sla\n      breached: $breached\n      search: $search\n    ) {\n      totalCount\n      nodes {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  subscription TicketChanged {\n    ticketChanged {\n      ticketId\n      number\n      status\n      kind\n      change\n      at\n    }\n  }\n": typeof types.TicketChangedDocument,
    "\n  fragment RepairOrderFields on RepairOrder {\n    id\n    kind\n    status\n    withinWindow\n    shippedOn\n    exceptionDocumentId\n    inWarranty\n    mainComponent\n    charge\n    consentAt\n    consentNote\n    updatedAt\n  }\n": typeof types.RepairOrderFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      content\n      contactPhone\n      product\n      problemAt\n      problemPlace\n      promisedAt\n      externalRef\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n      unit {\n        ...UnitName\n      }\n      station {\n        ...UnitName\n      }\n      customer {\n        id\n        code\n        name\n      }\n      repair {\n        ...RepairOrderFields\n      }\n      timeline {\n        id\n        at\n        kind\n        actorName\n        text\n        data\n      }\n    }\n  }\n": typeof types.TicketDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketRow\n      promisedAt\n    }\n  }\n": typeof types.OpenTicketDocument,
    "\n  mutation ActOnTicket($id: ID!, $input: TicketActionInput!) {\n    actOnTicket(id: $id, input: $input) {\n      ...TicketRow\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n    }\n  }\n": typeof types.ActOnTicketDocument,
    "\n  mutation TriageComplaint($ticketId: ID!, $triage: ComplaintTriage!, $note: String!) {\n    triageComplaint(ticketId: $ticketId, triage: $triage, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.TriageComplaintDocument,
    "\n  mutation StartReturn($ticketId: ID!, $input: StartReturnInput!) {\n    startReturn(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n": typeof types.StartReturnDocument,
    "\n  mutation StartRepair($ticketId: ID!, $input: StartRepairInput!) {\n    startRepair(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n": typeof types.StartRepairDocument,
    "\n  mutation RecordRepairConsent($id: ID!, $consented: Boolean!, $note: String!) {\n    recordRepairConsent(id: $id, consented: $consented, note: $note) {\n      ...RepairOrderFields\n    }\n  }\n": typeof types.RecordRepairConsentDocument,
    "\n  mutation AdvanceRepair($id: ID!, $to: RepairStatus!) {\n    advanceRepair(id: $id, to: $to) {\n      ...RepairOrderFields\n    }\n  }\n": typeof types.AdvanceRepairDocument,
    "\n  query TicketCustomerOptions($search: String, $first: Int!) {\n    customers(filter: { search: $search }, orderBy: CODE, first: $first) {\n      nodes {\n        id\n        code\n        name\n        tier {\n          ...TierBadge\n        }\n      }\n    }\n  }\n": typeof types.TicketCustomerOptionsDocument,
    "\n  query FollowUpVisits($dueOnly: Boolean!) {\n    followUpVisits(dueOnly: $dueOnly) {\n      id\n      dueAt\n      doneAt\n      status\n      satisfied\n      result\n      ticket {\n        id\n        number\n        kind\n        subject\n        customerName\n        contactName\n        customer {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FollowUpVisitsDocument,
    "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordFollowUp(id: $id, input: $input) {\n      id\n      status\n      satisfied\n      result\n      doneAt\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  fragment ComplaintReviewFindings on ComplaintReview {\n    id\n    status\n    createdAt\n    closedAt\n    major\n    substantiated\n    rootCause\n    responsibleEmployeeName\n    responsibleUnit {\n      ...UnitName\n    }\n  }\n": typeof types.ComplaintReviewFindingsFragmentDoc,
    "\n  fragment ComplaintReviewRow on ComplaintReview {\n    ...ComplaintReviewFindings\n    ticket {\n      id\n      number\n      subject\n      severity\n      customerName\n      contactName\n    }\n  }\n": typeof types.ComplaintReviewRowFragmentDoc,
    "\n  query ComplaintReviews($status: [ComplaintReviewStatus!]) {\n    complaintReviews(status: $status) {\n      ...ComplaintReviewRow\n    }\n  }\n": typeof types.ComplaintReviewsDocument,
    "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    kind\n    status\n    description\n    ownerId\n    ownerName\n    dueOn\n    doneAt\n    doneNote\n    verifiedAt\n    verifiedBy\n    verificationNote\n  }\n": typeof types.CorrectiveActionFieldsFragmentDoc,
    "\n  query ComplaintReview($id: ID!) {\n    complaintReview(id: $id) {\n      ...ComplaintReviewFindings\n      caseSummary {\n        ticketId\n        number\n        subject\n        severity\n        product\n        customerName\n        customerVisible\n        readable\n      }\n      actions {\n        ...CorrectiveActionFields\n      }\n    }\n  }\n": typeof types.ComplaintReviewDocument,
    "\n  mutation RecordComplaintFindings($id: ID!, $input: ComplaintFindingsInput!) {\n    recordComplaintFindings(id: $id, input: $input) {\n      ...ComplaintReviewRow\n    }\n  }\n": typeof types.RecordComplaintFindingsDocument,
    "\n  mutation AddCorrectiveAction($reviewId: ID!, $input: CorrectiveActionInput!) {\n    addCorrectiveAction(reviewId: $reviewId, input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.AddCorrectiveActionDocument,
    "\n  mutation CompleteCorrectiveAction($id: ID!, $note: String!) {\n    completeCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.CompleteCorrectiveActionDocument,
    "\n  mutation VerifyCorrectiveAction($id: ID!, $note: String!) {\n    verifyCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.VerifyCorrectiveActionDocument,
    "\n  mutation EscalateComplaint($id: ID!, $to: ComplaintReviewStatus!, $reason: String!) {\n    escalateComplaint(id: $id, to: $to, reason: $reason) {\n      ...ComplaintReviewRow\n    }\n  }\n": typeof types.EscalateComplaintDocument,
    "\n  mutation CloseComplaintReview($id: ID!) {\n    closeComplaintReview(id: $id) {\n      ...ComplaintReviewRow\n    }\n  }\n": typeof types.CloseComplaintReviewDocument,
    "\n  query SatisfactionDashboard($from: LocalDate!, $to: LocalDate!, $unitId: ID, $templateId: ID) {\n    byUnit: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [UNIT, MONTH]) {\n      rows {\n        unitId\n        unitName\n        month\n        forms\n        satisfied\n        partial\n        rate\n      }\n      total {\n        forms\n        satisfied\n        partial\n        rate\n        averageScore\n        npsScore\n        npsAnswers\n      }\n    }\n    byItem: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [ITEM]) {\n      rows {\n        itemKey\n        forms\n        satisfied\n        rate\n        averageScore\n        levels\n      }\n    }\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      unit {\n        ...UnitName\n      }\n    }\n    agentSatisfactionScores(from: $from, to: $to, unitId: $unitId, templateId: $templateId) {\n      agentId\n      agentName\n      employeeNo\n      unitId\n      unitName\n      forms\n      satisfied\n      rate\n      averageScore\n      dissatisfiedForms\n    }\n  }\n": typeof types.SatisfactionDashboardDocument,
    "\n  query SatisfactionDashboardTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      active\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        version\n        items {\n          key\n          kind\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.SatisfactionDashboardTemplatesDocument,
    "\n  mutation ExportSatisfactionResponses($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      ...DownloadFile\n    }\n  }\n": typeof types.ExportSatisfactionResponsesDocument,
    "\n  fragment SurveyResponseListRow on SurveyResponse {\n    id\n    answeredAt\n    answeredOn\n    customerId\n    customerName\n    unitId\n    unitName\n    stationId\n    stationName\n    agentId\n    agentName\n    source\n    channel\n    templateCode\n    version\n    overallLevel\n    nps\n    complete\n    dissatisfied\n    complaintTicketId\n    complaintNumber\n    ticketId\n    ticketNumber\n    answers {\n      itemKey\n      kind\n      label {\n        zhHant\n        zhHans\n        en\n      }\n      level\n      text\n      comment\n    }\n  }\n": typeof types.SurveyResponseListRowFragmentDoc,
    "\n  query SurveyResponseList($filter: SurveyResponseFilter, $first: Int, $offset: Int) {\n    surveyResponses(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...SurveyResponseListRow\n      }\n    }\n  }\n": typeof types.SurveyResponseListDocument,
    "\n  query SurveyResponseDetail($id: ID!) {\n    surveyResponse(id: $id) {\n      ...SurveyResponseListRow\n      month\n      language\n      enteredBy\n      hasComment\n      invitationId\n      pointsAwarded\n      answers {\n        itemKey\n        nps\n      }\n    }\n  }\n": typeof types.SurveyResponseDetailDocument,
    "\n  mutation ExportSurveyResponseList($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n": typeof types.ExportSurveyResponseListDocument,
    "\n  query SurveyCallList($first: Int, $offset: Int) {\n    surveyInvitations(delivery: PHONE, status: [SENT], first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        customerId\n        customerName\n        customerPhones\n        unitName\n        stationName\n        agentName\n        source\n        campaign\n        language\n        sendAt\n        sentAt\n        expiresAt\n        templateId\n        version\n        ticketId\n      }\n    }\n  }\n": typeof types.SurveyCallListDocument,
    "\n  query SurveyEntryCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      phones\n      preferredLanguage\n    }\n  }\n": typeof types.SurveyEntryCustomerDocument,
    "\n  fragment SurveyTemplateName on SurveyTemplate {\n    id\n    code\n    active\n    title {\n      zhHant\n      zhHans\n      en\n    }\n  }\n": typeof types.SurveyTemplateNameFragmentDoc,
    "\n  query SurveyResponseTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n    }\n  }\n": typeof types.SurveyResponseTemplatesDocument,
    "\n  query SurveyEntryTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n      latestVersion\n      versions {\n        id\n        version\n        items {\n          key\n          kind\n          required\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyEntryTemplatesDocument,
    "\n  query SurveyEntryDefaultTemplate {\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": typeof types.SurveyEntryDefaultTemplateDocument,
    "\n  mutation EnterSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      complaintTicketId\n      complaintNumber\n    }\n  }\n": typeof types.EnterSurveyResponseDocument,
    "\n  fragment SurveySettingsFields on SurveySettings {\n    id\n    quietDays\n    linkValidDays\n    correctiveDays\n    triggers {\n      source\n      enabled\n      delayHours\n    }\n    defaultTemplate {\n      id\n    }\n    updatedBy\n    updatedAt\n  }\n": typeof types.SurveySettingsFieldsFragmentDoc,
    "\n  query SurveySettingsPage {\n    surveySettings {\n      ...SurveySettingsFields\n    }\n  }\n": typeof types.SurveySettingsPageDocument,
    "\n  query SurveySettingsTemplates {\n    surveyTemplates {\n      id\n      code\n      latestVersion\n      title {\n        zhHant\n        zhHans\n        en\n      }\n    }\n  }\n": typeof types.SurveySettingsTemplatesDocument,
    "\n  mutation UpdateSurveySettings($input: SurveySettingsInput!) {\n    updateSurveySettings(input: $input) {\n      ...SurveySettingsFields\n    }\n  }\n": typeof types.UpdateSurveySettingsDocument,
    "\n  query SurveySettingsTargets {\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n      unit {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.SurveySettingsTargetsDocument,
    "\n  mutation SetSatisfactionTarget($input: SatisfactionTargetInput!) {\n    setSatisfactionTarget(input: $input) {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n    }\n  }\n": typeof types.SetSatisfactionTargetDocument,
    "\n  fragment SurveySettingsEvaluation on SatisfactionEvaluation {\n    id\n    period\n    forms\n    satisfied\n    rate\n    targetPercent\n    outcome\n    documentId\n    documentNumber\n    deadline\n    evaluatedAt\n    unit {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.SurveySettingsEvaluationFragmentDoc,
    "\n  query SurveySettingsEvaluations($period: String!) {\n    satisfactionEvaluations(period: $period) {\n      ...SurveySettingsEvaluation\n    }\n  }\n": typeof types.SurveySettingsEvaluationsDocument,
    "\n  mutation EvaluateSatisfactionTargets($period: String!) {\n    evaluateSatisfactionTargets(period: $period) {\n      period\n      from\n      to\n      evaluations {\n        ...SurveySettingsEvaluation\n      }\n    }\n  }\n": typeof types.EvaluateSatisfactionTargetsDocument,
    "\n  query SurveyCampaignOptions {\n    customerTags\n    tiers {\n      id\n      code\n      name\n      nameZhHans\n      nameEn\n    }\n  }\n": typeof types.SurveyCampaignOptionsDocument,
    "\n  mutation SurveySettingsSend($input: SendSurveyInput!) {\n    sendSurvey(input: $input) {\n      scheduled\n      sent\n      skipped\n      link\n      invitations {\n        id\n        customerId\n        customerName\n        status\n        skipReason\n        delivery\n        language\n        sendAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.SurveySettingsSendDocument,
    "\n  query SurveyInvitation($token: String!, $language: PreferredLanguage) {\n    surveyInvitation(token: $token, language: $language) {\n      language\n      title\n      intro\n      greetingName\n      stationName\n      source\n      expiresAt\n      items {\n        key\n        kind\n        required\n        label\n      }\n      levels {\n        level\n        score\n        label\n      }\n      maxCommentLength\n      maxTextLength\n    }\n  }\n": typeof types.SurveyInvitationDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      message\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  fragment SurveyTemplateVersionFields on SurveyTemplateVersion {\n    id\n    version\n    title {\n      zhHant\n      zhHans\n      en\n    }\n    intro {\n      zhHant\n      zhHans\n      en\n    }\n    items {\n      key\n      kind\n      required\n      label {\n        zhHant\n        zhHans\n        en\n      }\n    }\n    publishedBy\n    publishedAt\n    note\n  }\n": typeof types.SurveyTemplateVersionFieldsFragmentDoc,
    "\n  query SurveyTemplates($includeInactive: Boolean!) {\n    surveyTemplates(includeInactive: $includeInactive) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      current {\n        id\n        items {\n          key\n        }\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": typeof types.SurveyTemplatesDocument,
    "\n  query SurveyTemplate($id: ID!) {\n    surveyTemplate(id: $id) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": typeof types.SurveyTemplateDocument,
    "\n  mutation SaveSurveyTemplate($input: SaveSurveyTemplateInput!) {\n    saveSurveyTemplate(input: $input) {\n      id\n      code\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n  }\n": typeof types.SaveSurveyTemplateDocument,
    "\n  mutation SetSurveyTemplateActive($id: ID!, $active: Boolean!) {\n    setSurveyTemplateActive(id: $id, active: $active) {\n      id\n      active\n      updatedAt\n    }\n  }\n": typeof types.SetSurveyTemplateActiveDocument,
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
    "\n  fragment TierBadge on Tier {\n    id\n    code\n    rank\n    color\n    name\n    nameZhHans\n    nameEn\n  }\n": typeof types.TierBadgeFragmentDoc,
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
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    phones\n    email\n    birthday\n    address\n    contactVisible\n    marketingConsent\n    tags\n    lifetimeSpend\n    purchaseCount\n    lastPurchaseAt\n    homeStation {\n      ...UnitName\n    }\n    tier {\n      ...TierBadge\n    }\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query Customers($filter: CustomerFilter, $orderBy: CustomerOrder!, $first: Int!, $offset: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerFilterOptions {\n    customerTags\n    tiers {\n      ...TierBadge\n    }\n  }\n": types.CustomerFilterOptionsDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n      createdAt\n      firstPurchaseAt\n      consentChangedAt\n      tierStatus {\n        rulesVersion\n        since\n        overridden\n        overrideReason\n        overrideExpiresAt\n        graceEndsAt\n        missingForNext\n        tier {\n          ...TierBadge\n        }\n        qualifiedTier {\n          ...TierBadge\n        }\n        nextTier {\n          ...TierBadge\n          minLifetimeSpend\n          minWindowSpend\n          minWindowPurchases\n          maxDaysSinceLastPurchase\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      tierHistory {\n        id\n        at\n        reason\n        note\n        actorName\n        rulesVersion\n        fromTier {\n          ...TierBadge\n        }\n        toTier {\n          ...TierBadge\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      points {\n        balance\n        debt\n        nextExpiryAt\n        lots {\n          id\n          earnedAt\n          expiresAt\n          points\n          remaining\n        }\n      }\n    }\n  }\n": types.CustomerDocument,
    "\n  fragment TierFiguresFields on TierFigures {\n    windowDays\n    windowSpend\n    windowPurchases\n    lifetimeSpend\n    daysSinceLastPurchase\n  }\n": types.TierFiguresFieldsFragmentDoc,
    "\n  query CustomerLedger($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      pointsLedger(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          points\n          balanceAfter\n          reason\n          source\n          actorName\n          approvedBy\n        }\n      }\n    }\n  }\n": types.CustomerLedgerDocument,
    "\n  query CustomerPurchases($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      purchases(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          externalOrderId\n          occurredAt\n          amount\n          pointsEarned\n          status\n          refundedAt\n          refundReason\n          recordedBy\n          station {\n            ...UnitName\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice\n          }\n        }\n      }\n    }\n  }\n": types.CustomerPurchasesDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          summary\n          data\n        }\n      }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      code\n      name\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation OverrideTier($input: OverrideTierInput!) {\n    overrideTier(input: $input) {\n      id\n    }\n  }\n": types.OverrideTierDocument,
    "\n  mutation ClearTierOverride($customerId: ID!, $reason: String!) {\n    clearTierOverride(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": types.ClearTierOverrideDocument,
    "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      id\n      balanceAfter\n    }\n  }\n": types.RedeemPointsDocument,
    "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestPointsAdjustmentDocument,
    "\n  mutation RefundPurchase($input: RefundPurchaseInput!) {\n    refundPurchase(input: $input) {\n      id\n      status\n      refundedAt\n      refundReason\n    }\n  }\n": types.RefundPurchaseDocument,
    "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      ...DownloadFile\n    }\n  }\n": types.ExportCustomersDocument,
    "\n  fragment DownloadFile on ExportFile {\n    fileName\n    mimeType\n    contentBase64\n    rowCount\n  }\n": types.DownloadFileFragmentDoc,
    "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    status\n    fileName\n    format\n    encoding\n    totalRows\n    validRows\n    errorRows\n    processedRows\n    createdCount\n    updatedCount\n    columns {\n      header\n      field\n    }\n    sample {\n      row\n      code\n      name\n      phones\n      email\n      birthday\n      homeStationCode\n      tags\n    }\n    issues {\n      row\n      column\n      field\n      code\n      message\n    }\n    errorFile {\n      ...DownloadFile\n    }\n  }\n": types.CustomerImportFieldsFragmentDoc,
    "\n  mutation PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      ...CustomerImportFields\n    }\n  }\n": types.PreviewCustomerImportDocument,
    "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      id\n      status\n      processedRows\n      validRows\n      createdCount\n      updatedCount\n    }\n  }\n": types.RunCustomerImportDocument,
    "\n  query WinBackTasks($status: [WinBackStatus!], $first: Int!, $offset: Int!) {\n    winBackTasks(status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        status\n        dueOn\n        note\n        createdAt\n        closedAt\n        lastPurchaseAt\n        station {\n          ...UnitName\n        }\n        customer {\n          id\n          code\n          name\n          phones\n          contactVisible\n        }\n      }\n    }\n  }\n": types.WinBackTasksDocument,
    "\n  query CrmSettings {\n    crmSettings {\n      lostAfterDays\n      tierWindowDays\n    }\n  }\n": types.CrmSettingsDocument,
    "\n  mutation CreateWinBackTasks($input: CreateWinBackTasksInput!) {\n    createWinBackTasks(input: $input)\n  }\n": types.CreateWinBackTasksDocument,
    "\n  mutation UpdateWinBackTask($id: ID!, $input: UpdateWinBackTaskInput!) {\n    updateWinBackTask(id: $id, input: $input) {\n      id\n      status\n      note\n      closedAt\n    }\n  }\n": types.UpdateWinBackTaskDocument,
    "\n  query PointsAdjustments($pendingOnly: Boolean!, $first: Int!, $offset: Int!) {\n    pointsAdjustments(pendingOnly: $pendingOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        points\n        reason\n        status\n        requestedBy\n        createdAt\n        decidedAt\n        decidedBy\n        decisionNote\n        customer {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.PointsAdjustmentsDocument,
    "\n  mutation DecidePointsAdjustment($input: DecidePointsAdjustmentInput!) {\n    decidePointsAdjustment(input: $input) {\n      id\n      status\n      decidedAt\n      decisionNote\n    }\n  }\n": types.DecidePointsAdjustmentDocument,
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
    "\n  fragment TierRule on Tier {\n    ...TierBadge\n    minLifetimeSpend\n    minWindowSpend\n    minWindowPurchases\n    maxDaysSinceLastPurchase\n    pointsMultiplier\n    servicePriority\n    birthdayBonusPoints\n    memberOffers\n    graceDays\n  }\n": types.TierRuleFragmentDoc,
    "\n  query TierRules {\n    tierRules {\n      version\n      windowDays\n      publishedAt\n      publishedBy\n      tiers {\n        ...TierRule\n      }\n    }\n  }\n": types.TierRulesDocument,
    "\n  fragment TierImpactFields on TierImpact {\n    rulesVersion\n    customers\n    upgrades\n    downgrades\n    unchanged\n    overridden\n    rows {\n      code\n      tierId\n      current\n      projected\n      up\n      down\n    }\n  }\n": types.TierImpactFieldsFragmentDoc,
    "\n  query PreviewTierChange($input: TierRulesInput!) {\n    previewTierChange(input: $input) {\n      ...TierImpactFields\n    }\n  }\n": types.PreviewTierChangeDocument,
    "\n  mutation PublishTierChange($expectedVersion: Int!, $input: TierRulesInput!) {\n    publishTierChange(expectedVersion: $expectedVersion, input: $input) {\n      ...TierImpactFields\n    }\n  }\n": types.PublishTierChangeDocument,
    "\n  mutation RunTierEvaluation {\n    runTierEvaluation {\n      ...TierImpactFields\n    }\n  }\n": types.RunTierEvaluationDocument,
    "\n  mutation RunPointsExpiry {\n    runPointsExpiry {\n      customers\n      points\n    }\n  }\n": types.RunPointsExpiryDocument,
    "\n  query LoyaltyDashboard($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      kind\n      points\n    }\n    tierDistribution {\n      customers\n      tier {\n        ...TierBadge\n      }\n    }\n    retention(months: $months) {\n      month\n      stationId\n      stationName\n      base\n      retained\n      rate\n    }\n  }\n": types.LoyaltyDashboardDocument,
    "\n  fragment LoyaltyProgramFields on LoyaltyProgram {\n    pointsPerCurrencyUnit\n    lotExpiryDays\n    rounding\n  }\n": types.LoyaltyProgramFieldsFragmentDoc,
    "\n  fragment BonusRuleFields on BonusRule {\n    id\n    code\n    name\n    kind\n    active\n    extraMultiplier\n    fixedPoints\n  }\n": types.BonusRuleFieldsFragmentDoc,
    "\n  query LoyaltyProgram {\n    loyaltyProgram {\n      ...LoyaltyProgramFields\n    }\n    bonusRules {\n      ...BonusRuleFields\n    }\n  }\n": types.LoyaltyProgramDocument,
    "\n  mutation UpdateLoyaltyProgram($input: LoyaltyProgramInput!) {\n    updateLoyaltyProgram(input: $input) {\n      ...LoyaltyProgramFields\n    }\n  }\n": types.UpdateLoyaltyProgramDocument,
    "\n  mutation SaveBonusRule($input: BonusRuleInput!) {\n    saveBonusRule(input: $input) {\n      ...BonusRuleFields\n    }\n  }\n": types.SaveBonusRuleDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($unreadOnly: Boolean! = false, $first: Int, $language: PreferredLanguage!) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        kindLabel(language: $language)\n        subject\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
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
    "\n  query MyTasks($kind: String, $overdueOnly: Boolean, $first: Int, $offset: Int) {\n    myTasks(kind: $kind, overdueOnly: $overdueOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        dueAt\n        overdue\n        assigneeName\n        document {\n          id\n          number\n          title\n          kind\n          applicantName\n          submittedAt\n        }\n      }\n    }\n    myTaskCounts {\n      kind\n      open\n      overdue\n    }\n  }\n": types.MyTasksDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      number\n      kind\n      title\n      status\n      definitionVersion\n      locked\n      currentStep\n      data\n      facts\n      applicantId\n      applicantName\n      unit {\n        id\n        name\n        nameEn\n      }\n      createdAt\n      submittedAt\n      decidedAt\n      round\n      replacesId\n      steps {\n        id\n        index\n        key\n        name\n        status\n        assigneeId\n        assigneeName\n        decidedByName\n        actingForName\n        comment\n        openedAt\n        decidedAt\n        dueAt\n        overdue\n      }\n      history {\n        id\n        action\n        stepIndex\n        actorName\n        actingForName\n        comment\n        at\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n      }\n    }\n  }\n": types.DocumentDocument,
    "\n  query MyDocuments($status: [DocumentStatus!], $kind: String, $first: Int, $offset: Int) {\n    documents(mine: true, status: $status, kind: $kind, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        status\n        createdAt\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n": types.MyDocumentsDocument,
    "\n  query Attachment($id: ID!) {\n    attachment(id: $id) {\n      id\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": types.AttachmentDocument,
    "\n  query ProcessDefinitions($kind: String, $allVersions: Boolean! = false) {\n    processDefinitions(kind: $kind, allVersions: $allVersions) {\n      id\n      kind\n      version\n      name\n      nameEn\n      effectiveFrom\n      createdAt\n      publishedBy\n      note\n      fields {\n        key\n        label\n        type\n        required\n        immutable\n        choices\n      }\n      steps {\n        key\n        name\n        nameEn\n        timeLimitHours\n        approver {\n          kind\n          code\n          unitKind\n          unitFunction\n        }\n        conditions {\n          field\n          op\n          value\n        }\n      }\n    }\n  }\n": types.ProcessDefinitionsDocument,
    "\n  query PreviewApprovers($kind: String!, $data: JSONObject!) {\n    previewApprovers(kind: $kind, data: $data) {\n      key\n      name\n      applies\n      approver {\n        id\n        name\n      }\n    }\n  }\n": types.PreviewApproversDocument,
    "\n  mutation CreateDocument($kind: String!, $data: JSONObject!) {\n    createDocument(kind: $kind, data: $data) {\n      id\n      status\n    }\n  }\n": types.CreateDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $data: JSONObject!) {\n    updateDocument(id: $id, data: $data) {\n      id\n      status\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  mutation AttachToDocument($documentId: ID!, $file: AttachmentInput!) {\n    attachToDocument(documentId: $documentId, file: $file) {\n      id\n    }\n  }\n": types.AttachToDocumentDocument,
    "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitDocumentDocument,
    "\n  mutation ApproveStep($documentId: ID!, $stepId: ID, $comment: String) {\n    approveStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ApproveStepDocument,
    "\n  mutation RejectStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    rejectStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.RejectStepDocument,
    "\n  mutation ReturnStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    returnStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ReturnStepDocument,
    "\n  mutation WithdrawDocument($id: ID!, $reason: String) {\n    withdrawDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawDocumentDocument,
    "\n  mutation UnapproveDocument($id: ID!, $reason: String!) {\n    unapproveDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.UnapproveDocumentDocument,
    "\n  mutation VoidDocument($id: ID!, $reason: String!) {\n    voidDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.VoidDocumentDocument,
    "\n  mutation PublishProcessDefinition($input: ProcessDefinitionInput!) {\n    publishProcessDefinition(input: $input) {\n      id\n      kind\n      version\n    }\n  }\n": types.PublishProcessDefinitionDocument,
    "\n  query Budgets($year: Int!) {\n    budgets(year: $year) {\n      id\n      year\n      category\n      amount\n      consumed\n      unit {\n        id\n        name\n        nameEn\n        code\n      }\n    }\n  }\n": types.BudgetsDocument,
    "\n  mutation SetBudget($input: BudgetInput!) {\n    setBudget(input: $input) {\n      id\n      year\n      category\n      amount\n      consumed\n    }\n  }\n": types.SetBudgetDocument,
    "\n  query Roles {\n    roles {\n      id\n      code\n      name\n      nameEn\n      description\n      system\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      id\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      id\n      code\n      name\n      nameEn\n      description\n      grants {\n        permission\n        scope\n      }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": types.DeleteRoleDocument,
    "\n  fragment RepairCountsFields on RepairCounts {\n    received\n    repairsReceived\n    inWarranty\n    outOfWarranty\n    returnsReceived\n    returnsAccepted\n    returnsByException\n    delivered\n  }\n": types.RepairCountsFieldsFragmentDoc,
    "\n  fragment ReportBucketFields on ReportBucket {\n    key\n    label\n    count\n  }\n": types.ReportBucketFieldsFragmentDoc,
    "\n  query ServiceYearReport($year: Int!, $unitId: ID) {\n    repairReport(year: $year, unitId: $unitId) {\n      year\n      months {\n        month\n        received\n        repairsReceived\n        inWarranty\n        outOfWarranty\n        returnsReceived\n        returnsAccepted\n        returnsByException\n        delivered\n      }\n      total {\n        ...RepairCountsFields\n      }\n    }\n    complaintAnalysis(year: $year, unitId: $unitId) {\n      year\n      total\n      substantiated\n      byMonth {\n        ...ReportBucketFields\n      }\n      byRootCause {\n        ...ReportBucketFields\n      }\n      byProduct {\n        ...ReportBucketFields\n      }\n      byResponsibleUnit {\n        ...ReportBucketFields\n      }\n      byTriage {\n        ...ReportBucketFields\n      }\n    }\n  }\n": types.ServiceYearReportDocument,
    "\n  query SlaAttainment($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) {\n    slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {\n      key\n      label\n      cases\n      firstResponseMet\n      resolutionMet\n      breached\n      rate\n    }\n  }\n": types.SlaAttainmentDocument,
    "\n  query AgentServiceStats($from: LocalDate!, $to: LocalDate!, $unitId: ID) {\n    agentServiceStats(from: $from, to: $to, unitId: $unitId) {\n      employeeId\n      name\n      answered\n      resolved\n      substantiatedComplaints\n      substantiatedInYear\n      penaltyReviewDue\n      slaCases\n      slaRate\n    }\n  }\n": types.AgentServiceStatsDocument,
    "\n  fragment StationCalendarFields on StationCalendar {\n    stationId\n    stationCode\n    stationName\n    custom\n    week\n    holidays\n    updatedAt\n  }\n": types.StationCalendarFieldsFragmentDoc,
    "\n  query ServiceCalendars {\n    serviceCalendars {\n      ...StationCalendarFields\n    }\n  }\n": types.ServiceCalendarsDocument,
    "\n  mutation SetServiceCalendar($stationId: ID!, $input: ServiceCalendarInput!) {\n    setServiceCalendar(stationId: $stationId, input: $input) {\n      ...StationCalendarFields\n    }\n  }\n": types.SetServiceCalendarDocument,
    "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    kind\n    severity\n    minPriority\n    firstResponseMinutes\n    updateMinutes\n    resolutionMinutes\n  }\n": types.SlaPolicyFieldsFragmentDoc,
    "\n  query SlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n": types.SlaPoliciesDocument,
    "\n  mutation UpsertSlaPolicy($input: SlaPolicyInput!) {\n    upsertSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n": types.UpsertSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n": types.DeleteSlaPolicyDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    kind\n    status\n    severity\n    channel\n    priority\n    subject\n    customerName\n    contactName\n    unitName\n    assigneeId\n    assigneeName\n    openedAt\n    updatedAt\n    paused\n    firstResponseDueAt\n    firstRespondedAt\n    firstResponseBreached\n    nextUpdateDueAt\n    resolutionDueAt\n    resolutionBreached\n    resolvedAt\n    escalationLevel\n    customer {\n      id\n      tier {\n        ...TierBadge\n      }\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  query Tickets(\n    $first: Int!\n    $offset: Int\n    $kind: [TicketKind!]\n    $status: [TicketStatus!]\n    $unitId: ID\n    $mine: Boolean\n    $assigneeId: ID\n    $severity: [Severity!]\n    $sla: [SlaState!]\n    $breached: Boolean\n    $search: String\n  ) {\n    tickets(\n      first: $first\n      offset: $offset\n      kind: $kind\n      status: $status\n      unitId: $unitId\n      mine: $mine\n      assigneeId: $assigneeId\n      severity: $severity\n      sla: $sla\n      breached: $breached\n      search: $search\n    ) {\n      totalCount\n      nodes {\n        ...TicketRow\n      }\n    }\n  }\n": types.TicketsDocument,
    "\n  subscription TicketChanged {\n    ticketChanged {\n      ticketId\n      number\n      status\n      kind\n      change\n      at\n    }\n  }\n": types.TicketChangedDocument,
    "\n  fragment RepairOrderFields on RepairOrder {\n    id\n    kind\n    status\n    withinWindow\n    shippedOn\n    exceptionDocumentId\n    inWarranty\n    mainComponent\n    charge\n    consentAt\n    consentNote\n    updatedAt\n  }\n": types.RepairOrderFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      content\n      contactPhone\n      product\n      problemAt\n      problemPlace\n      promisedAt\n      externalRef\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n      unit {\n        ...UnitName\n      }\n      station {\n        ...UnitName\n      }\n      customer {\n        id\n        code\n        name\n      }\n      repair {\n        ...RepairOrderFields\n      }\n      timeline {\n        id\n        at\n        kind\n        actorName\n        text\n        data\n      }\n    }\n  }\n": types.TicketDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketRow\n      promisedAt\n    }\n  }\n": types.OpenTicketDocument,
    "\n  mutation ActOnTicket($id: ID!, $input: TicketActionInput!) {\n    actOnTicket(id: $id, input: $input) {\n      ...TicketRow\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n    }\n  }\n": types.ActOnTicketDocument,
    "\n  mutation TriageComplaint($ticketId: ID!, $triage: ComplaintTriage!, $note: String!) {\n    triageComplaint(ticketId: $ticketId, triage: $triage, note: $note) {\n      id\n      status\n    }\n  }\n": types.TriageComplaintDocument,
    "\n  mutation StartReturn($ticketId: ID!, $input: StartReturnInput!) {\n    startReturn(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n": types.StartReturnDocument,
    "\n  mutation StartRepair($ticketId: ID!, $input: StartRepairInput!) {\n    startRepair(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n": types.StartRepairDocument,
    "\n  mutation RecordRepairConsent($id: ID!, $consented: Boolean!, $note: String!) {\n    recordRepairConsent(id: $id, consented: $consented, note: $note) {\n      ...RepairOrderFields\n    }\n  }\n": types.RecordRepairConsentDocument,
    "\n  mutation AdvanceRepair($id: ID!, $to: RepairStatus!) {\n    advanceRepair(id: $id, to: $to) {\n      ...RepairOrderFields\n    }\n  }\n": types.AdvanceRepairDocument,
    "\n  query TicketCustomerOptions($search: String, $first: Int!) {\n    customers(filter: { search: $search }, orderBy: CODE, first: $first) {\n      nodes {\n        id\n        code\n        name\n        tier {\n          ...TierBadge\n        }\n      }\n    }\n  }\n": types.TicketCustomerOptionsDocument,
    "\n  query FollowUpVisits($dueOnly: Boolean!) {\n    followUpVisits(dueOnly: $dueOnly) {\n      id\n      dueAt\n      doneAt\n      status\n      satisfied\n      result\n      ticket {\n        id\n        number\n        kind\n        subject\n        customerName\n        contactName\n        customer {\n          id\n        }\n      }\n    }\n  }\n": types.FollowUpVisitsDocument,
    "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordFollowUp(id: $id, input: $input) {\n      id\n      status\n      satisfied\n      result\n      doneAt\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  fragment ComplaintReviewFindings on ComplaintReview {\n    id\n    status\n    createdAt\n    closedAt\n    major\n    substantiated\n    rootCause\n    responsibleEmployeeName\n    responsibleUnit {\n      ...UnitName\n    }\n  }\n": types.ComplaintReviewFindingsFragmentDoc,
    "\n  fragment ComplaintReviewRow on ComplaintReview {\n    ...ComplaintReviewFindings\n    ticket {\n      id\n      number\n      subject\n      severity\n      customerName\n      contactName\n    }\n  }\n": types.ComplaintReviewRowFragmentDoc,
    "\n  query ComplaintReviews($status: [ComplaintReviewStatus!]) {\n    complaintReviews(status: $status) {\n      ...ComplaintReviewRow\n    }\n  }\n": types.ComplaintReviewsDocument,
    "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    kind\n    status\n    description\n    ownerId\n    ownerName\n    dueOn\n    doneAt\n    doneNote\n    verifiedAt\n    verifiedBy\n    verificationNote\n  }\n": types.CorrectiveActionFieldsFragmentDoc,
    "\n  query ComplaintReview($id: ID!) {\n    complaintReview(id: $id) {\n      ...ComplaintReviewFindings\n      caseSummary {\n        ticketId\n        number\n        subject\n        severity\n        product\n        customerName\n        customerVisible\n        readable\n      }\n      actions {\n        ...CorrectiveActionFields\n      }\n    }\n  }\n": types.ComplaintReviewDocument,
    "\n  mutation RecordComplaintFindings($id: ID!, $input: ComplaintFindingsInput!) {\n    recordComplaintFindings(id: $id, input: $input) {\n      ...ComplaintReviewRow\n    }\n  }\n": types.RecordComplaintFindingsDocument,
    "\n  mutation AddCorrectiveAction($reviewId: ID!, $input: CorrectiveActionInput!) {\n    addCorrectiveAction(reviewId: $reviewId, input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.AddCorrectiveActionDocument,
    "\n  mutation CompleteCorrectiveAction($id: ID!, $note: String!) {\n    completeCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.CompleteCorrectiveActionDocument,
    "\n  mutation VerifyCorrectiveAction($id: ID!, $note: String!) {\n    verifyCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.VerifyCorrectiveActionDocument,
    "\n  mutation EscalateComplaint($id: ID!, $to: ComplaintReviewStatus!, $reason: String!) {\n    escalateComplaint(id: $id, to: $to, reason: $reason) {\n      ...ComplaintReviewRow\n    }\n  }\n": types.EscalateComplaintDocument,
    "\n  mutation CloseComplaintReview($id: ID!) {\n    closeComplaintReview(id: $id) {\n      ...ComplaintReviewRow\n    }\n  }\n": types.CloseComplaintReviewDocument,
    "\n  query SatisfactionDashboard($from: LocalDate!, $to: LocalDate!, $unitId: ID, $templateId: ID) {\n    byUnit: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [UNIT, MONTH]) {\n      rows {\n        unitId\n        unitName\n        month\n        forms\n        satisfied\n        partial\n        rate\n      }\n      total {\n        forms\n        satisfied\n        partial\n        rate\n        averageScore\n        npsScore\n        npsAnswers\n      }\n    }\n    byItem: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [ITEM]) {\n      rows {\n        itemKey\n        forms\n        satisfied\n        rate\n        averageScore\n        levels\n      }\n    }\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      unit {\n        ...UnitName\n      }\n    }\n    agentSatisfactionScores(from: $from, to: $to, unitId: $unitId, templateId: $templateId) {\n      agentId\n      agentName\n      employeeNo\n      unitId\n      unitName\n      forms\n      satisfied\n      rate\n      averageScore\n      dissatisfiedForms\n    }\n  }\n": types.SatisfactionDashboardDocument,
    "\n  query SatisfactionDashboardTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      active\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        version\n        items {\n          key\n          kind\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n": types.SatisfactionDashboardTemplatesDocument,
    "\n  mutation ExportSatisfactionResponses($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      ...DownloadFile\n    }\n  }\n": types.ExportSatisfactionResponsesDocument,
    "\n  fragment SurveyResponseListRow on SurveyResponse {\n    id\n    answeredAt\n    answeredOn\n    customerId\n    customerName\n    unitId\n    unitName\n    stationId\n    stationName\n    agentId\n    agentName\n    source\n    channel\n    templateCode\n    version\n    overallLevel\n    nps\n    complete\n    dissatisfied\n    complaintTicketId\n    complaintNumber\n    ticketId\n    ticketNumber\n    answers {\n      itemKey\n      kind\n      label {\n        zhHant\n        zhHans\n        en\n      }\n      level\n      text\n      comment\n    }\n  }\n": types.SurveyResponseListRowFragmentDoc,
    "\n  query SurveyResponseList($filter: SurveyResponseFilter, $first: Int, $offset: Int) {\n    surveyResponses(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...SurveyResponseListRow\n      }\n    }\n  }\n": types.SurveyResponseListDocument,
    "\n  query SurveyResponseDetail($id: ID!) {\n    surveyResponse(id: $id) {\n      ...SurveyResponseListRow\n      month\n      language\n      enteredBy\n      hasComment\n      invitationId\n      pointsAwarded\n      answers {\n        itemKey\n        nps\n      }\n    }\n  }\n": types.SurveyResponseDetailDocument,
    "\n  mutation ExportSurveyResponseList($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n": types.ExportSurveyResponseListDocument,
    "\n  query SurveyCallList($first: Int, $offset: Int) {\n    surveyInvitations(delivery: PHONE, status: [SENT], first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        customerId\n        customerName\n        customerPhones\n        unitName\n        stationName\n        agentName\n        source\n        campaign\n        language\n        sendAt\n        sentAt\n        expiresAt\n        templateId\n        version\n        ticketId\n      }\n    }\n  }\n": types.SurveyCallListDocument,
    "\n  query SurveyEntryCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      phones\n      preferredLanguage\n    }\n  }\n": types.SurveyEntryCustomerDocument,
    "\n  fragment SurveyTemplateName on SurveyTemplate {\n    id\n    code\n    active\n    title {\n      zhHant\n      zhHans\n      en\n    }\n  }\n": types.SurveyTemplateNameFragmentDoc,
    "\n  query SurveyResponseTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n    }\n  }\n": types.SurveyResponseTemplatesDocument,
    "\n  query SurveyEntryTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n      latestVersion\n      versions {\n        id\n        version\n        items {\n          key\n          kind\n          required\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n": types.SurveyEntryTemplatesDocument,
    "\n  query SurveyEntryDefaultTemplate {\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": types.SurveyEntryDefaultTemplateDocument,
    "\n  mutation EnterSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      complaintTicketId\n      complaintNumber\n    }\n  }\n": types.EnterSurveyResponseDocument,
    "\n  fragment SurveySettingsFields on SurveySettings {\n    id\n    quietDays\n    linkValidDays\n    correctiveDays\n    triggers {\n      source\n      enabled\n      delayHours\n    }\n    defaultTemplate {\n      id\n    }\n    updatedBy\n    updatedAt\n  }\n": types.SurveySettingsFieldsFragmentDoc,
    "\n  query SurveySettingsPage {\n    surveySettings {\n      ...SurveySettingsFields\n    }\n  }\n": types.SurveySettingsPageDocument,
    "\n  query SurveySettingsTemplates {\n    surveyTemplates {\n      id\n      code\n      latestVersion\n      title {\n        zhHant\n        zhHans\n        en\n      }\n    }\n  }\n": types.SurveySettingsTemplatesDocument,
    "\n  mutation UpdateSurveySettings($input: SurveySettingsInput!) {\n    updateSurveySettings(input: $input) {\n      ...SurveySettingsFields\n    }\n  }\n": types.UpdateSurveySettingsDocument,
    "\n  query SurveySettingsTargets {\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n      unit {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.SurveySettingsTargetsDocument,
    "\n  mutation SetSatisfactionTarget($input: SatisfactionTargetInput!) {\n    setSatisfactionTarget(input: $input) {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n    }\n  }\n": types.SetSatisfactionTargetDocument,
    "\n  fragment SurveySettingsEvaluation on SatisfactionEvaluation {\n    id\n    period\n    forms\n    satisfied\n    rate\n    targetPercent\n    outcome\n    documentId\n    documentNumber\n    deadline\n    evaluatedAt\n    unit {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.SurveySettingsEvaluationFragmentDoc,
    "\n  query SurveySettingsEvaluations($period: String!) {\n    satisfactionEvaluations(period: $period) {\n      ...SurveySettingsEvaluation\n    }\n  }\n": types.SurveySettingsEvaluationsDocument,
    "\n  mutation EvaluateSatisfactionTargets($period: String!) {\n    evaluateSatisfactionTargets(period: $period) {\n      period\n      from\n      to\n      evaluations {\n        ...SurveySettingsEvaluation\n      }\n    }\n  }\n": types.EvaluateSatisfactionTargetsDocument,
    "\n  query SurveyCampaignOptions {\n    customerTags\n    tiers {\n      id\n      code\n      name\n      nameZhHans\n      nameEn\n    }\n  }\n": types.SurveyCampaignOptionsDocument,
    "\n  mutation SurveySettingsSend($input: SendSurveyInput!) {\n    sendSurvey(input: $input) {\n      scheduled\n      sent\n      skipped\n      link\n      invitations {\n        id\n        customerId\n        customerName\n        status\n        skipReason\n        delivery\n        language\n        sendAt\n        expiresAt\n      }\n    }\n  }\n": types.SurveySettingsSendDocument,
    "\n  query SurveyInvitation($token: String!, $language: PreferredLanguage) {\n    surveyInvitation(token: $token, language: $language) {\n      language\n      title\n      intro\n      greetingName\n      stationName\n      source\n      expiresAt\n      items {\n        key\n        kind\n        required\n        label\n      }\n      levels {\n        level\n        score\n        label\n      }\n      maxCommentLength\n      maxTextLength\n    }\n  }\n": types.SurveyInvitationDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      message\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  fragment SurveyTemplateVersionFields on SurveyTemplateVersion {\n    id\n    version\n    title {\n      zhHant\n      zhHans\n      en\n    }\n    intro {\n      zhHant\n      zhHans\n      en\n    }\n    items {\n      key\n      kind\n      required\n      label {\n        zhHant\n        zhHans\n        en\n      }\n    }\n    publishedBy\n    publishedAt\n    note\n  }\n": types.SurveyTemplateVersionFieldsFragmentDoc,
    "\n  query SurveyTemplates($includeInactive: Boolean!) {\n    surveyTemplates(includeInactive: $includeInactive) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      current {\n        id\n        items {\n          key\n        }\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": types.SurveyTemplatesDocument,
    "\n  query SurveyTemplate($id: ID!) {\n    surveyTemplate(id: $id) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n": types.SurveyTemplateDocument,
    "\n  mutation SaveSurveyTemplate($input: SaveSurveyTemplateInput!) {\n    saveSurveyTemplate(input: $input) {\n      id\n      code\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n  }\n": types.SaveSurveyTemplateDocument,
    "\n  mutation SetSurveyTemplateActive($id: ID!, $active: Boolean!) {\n    setSurveyTemplateActive(id: $id, active: $active) {\n      id\n      active\n      updatedAt\n    }\n  }\n": types.SetSurveyTemplateActiveDocument,
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
    "\n  fragment TierBadge on Tier {\n    id\n    code\n    rank\n    color\n    name\n    nameZhHans\n    nameEn\n  }\n": types.TierBadgeFragmentDoc,
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
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    phones\n    email\n    birthday\n    address\n    contactVisible\n    marketingConsent\n    tags\n    lifetimeSpend\n    purchaseCount\n    lastPurchaseAt\n    homeStation {\n      ...UnitName\n    }\n    tier {\n      ...TierBadge\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    phones\n    email\n    birthday\n    address\n    contactVisible\n    marketingConsent\n    tags\n    lifetimeSpend\n    purchaseCount\n    lastPurchaseAt\n    homeStation {\n      ...UnitName\n    }\n    tier {\n      ...TierBadge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($filter: CustomerFilter, $orderBy: CustomerOrder!, $first: Int!, $offset: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($filter: CustomerFilter, $orderBy: CustomerOrder!, $first: Int!, $offset: Int, $after: String) {\n    customers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFilterOptions {\n    customerTags\n    tiers {\n      ...TierBadge\n    }\n  }\n"): (typeof documents)["\n  query CustomerFilterOptions {\n    customerTags\n    tiers {\n      ...TierBadge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n      createdAt\n      firstPurchaseAt\n      consentChangedAt\n      tierStatus {\n        rulesVersion\n        since\n        overridden\n        overrideReason\n        overrideExpiresAt\n        graceEndsAt\n        missingForNext\n        tier {\n          ...TierBadge\n        }\n        qualifiedTier {\n          ...TierBadge\n        }\n        nextTier {\n          ...TierBadge\n          minLifetimeSpend\n          minWindowSpend\n          minWindowPurchases\n          maxDaysSinceLastPurchase\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      tierHistory {\n        id\n        at\n        reason\n        note\n        actorName\n        rulesVersion\n        fromTier {\n          ...TierBadge\n        }\n        toTier {\n          ...TierBadge\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      points {\n        balance\n        debt\n        nextExpiryAt\n        lots {\n          id\n          earnedAt\n          expiresAt\n          points\n          remaining\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n      createdAt\n      firstPurchaseAt\n      consentChangedAt\n      tierStatus {\n        rulesVersion\n        since\n        overridden\n        overrideReason\n        overrideExpiresAt\n        graceEndsAt\n        missingForNext\n        tier {\n          ...TierBadge\n        }\n        qualifiedTier {\n          ...TierBadge\n        }\n        nextTier {\n          ...TierBadge\n          minLifetimeSpend\n          minWindowSpend\n          minWindowPurchases\n          maxDaysSinceLastPurchase\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      tierHistory {\n        id\n        at\n        reason\n        note\n        actorName\n        rulesVersion\n        fromTier {\n          ...TierBadge\n        }\n        toTier {\n          ...TierBadge\n        }\n        figures {\n          ...TierFiguresFields\n        }\n      }\n      points {\n        balance\n        debt\n        nextExpiryAt\n        lots {\n          id\n          earnedAt\n          expiresAt\n          points\n          remaining\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierFiguresFields on TierFigures {\n    windowDays\n    windowSpend\n    windowPurchases\n    lifetimeSpend\n    daysSinceLastPurchase\n  }\n"): (typeof documents)["\n  fragment TierFiguresFields on TierFigures {\n    windowDays\n    windowSpend\n    windowPurchases\n    lifetimeSpend\n    daysSinceLastPurchase\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLedger($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      pointsLedger(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          points\n          balanceAfter\n          reason\n          source\n          actorName\n          approvedBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerLedger($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      pointsLedger(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          points\n          balanceAfter\n          reason\n          source\n          actorName\n          approvedBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPurchases($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      purchases(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          externalOrderId\n          occurredAt\n          amount\n          pointsEarned\n          status\n          refundedAt\n          refundReason\n          recordedBy\n          station {\n            ...UnitName\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPurchases($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      purchases(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          externalOrderId\n          occurredAt\n          amount\n          pointsEarned\n          status\n          refundedAt\n          refundReason\n          recordedBy\n          station {\n            ...UnitName\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          summary\n          data\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!, $first: Int!, $offset: Int!) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, offset: $offset) {\n        totalCount\n        nodes {\n          id\n          at\n          kind\n          summary\n          data\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerRow\n      preferences\n      preferredChannel\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideTier($input: OverrideTierInput!) {\n    overrideTier(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OverrideTier($input: OverrideTierInput!) {\n    overrideTier(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearTierOverride($customerId: ID!, $reason: String!) {\n    clearTierOverride(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClearTierOverride($customerId: ID!, $reason: String!) {\n    clearTierOverride(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      id\n      balanceAfter\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      id\n      balanceAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPointsAdjustment($input: RequestPointsAdjustmentInput!) {\n    requestPointsAdjustment(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPurchase($input: RefundPurchaseInput!) {\n    refundPurchase(input: $input) {\n      id\n      status\n      refundedAt\n      refundReason\n    }\n  }\n"): (typeof documents)["\n  mutation RefundPurchase($input: RefundPurchaseInput!) {\n    refundPurchase(input: $input) {\n      id\n      status\n      refundedAt\n      refundReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      ...DownloadFile\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCustomers($input: ExportCustomersInput!) {\n    exportCustomers(input: $input) {\n      ...DownloadFile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DownloadFile on ExportFile {\n    fileName\n    mimeType\n    contentBase64\n    rowCount\n  }\n"): (typeof documents)["\n  fragment DownloadFile on ExportFile {\n    fileName\n    mimeType\n    contentBase64\n    rowCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    status\n    fileName\n    format\n    encoding\n    totalRows\n    validRows\n    errorRows\n    processedRows\n    createdCount\n    updatedCount\n    columns {\n      header\n      field\n    }\n    sample {\n      row\n      code\n      name\n      phones\n      email\n      birthday\n      homeStationCode\n      tags\n    }\n    issues {\n      row\n      column\n      field\n      code\n      message\n    }\n    errorFile {\n      ...DownloadFile\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerImportFields on CustomerImport {\n    id\n    status\n    fileName\n    format\n    encoding\n    totalRows\n    validRows\n    errorRows\n    processedRows\n    createdCount\n    updatedCount\n    columns {\n      header\n      field\n    }\n    sample {\n      row\n      code\n      name\n      phones\n      email\n      birthday\n      homeStationCode\n      tags\n    }\n    issues {\n      row\n      column\n      field\n      code\n      message\n    }\n    errorFile {\n      ...DownloadFile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      ...CustomerImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewCustomerImport($input: CustomerImportInput!) {\n    previewCustomerImport(input: $input) {\n      ...CustomerImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      id\n      status\n      processedRows\n      validRows\n      createdCount\n      updatedCount\n    }\n  }\n"): (typeof documents)["\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      id\n      status\n      processedRows\n      validRows\n      createdCount\n      updatedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinBackTasks($status: [WinBackStatus!], $first: Int!, $offset: Int!) {\n    winBackTasks(status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        status\n        dueOn\n        note\n        createdAt\n        closedAt\n        lastPurchaseAt\n        station {\n          ...UnitName\n        }\n        customer {\n          id\n          code\n          name\n          phones\n          contactVisible\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WinBackTasks($status: [WinBackStatus!], $first: Int!, $offset: Int!) {\n    winBackTasks(status: $status, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        status\n        dueOn\n        note\n        createdAt\n        closedAt\n        lastPurchaseAt\n        station {\n          ...UnitName\n        }\n        customer {\n          id\n          code\n          name\n          phones\n          contactVisible\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmSettings {\n    crmSettings {\n      lostAfterDays\n      tierWindowDays\n    }\n  }\n"): (typeof documents)["\n  query CrmSettings {\n    crmSettings {\n      lostAfterDays\n      tierWindowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWinBackTasks($input: CreateWinBackTasksInput!) {\n    createWinBackTasks(input: $input)\n  }\n"): (typeof documents)["\n  mutation CreateWinBackTasks($input: CreateWinBackTasksInput!) {\n    createWinBackTasks(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWinBackTask($id: ID!, $input: UpdateWinBackTaskInput!) {\n    updateWinBackTask(id: $id, input: $input) {\n      id\n      status\n      note\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWinBackTask($id: ID!, $input: UpdateWinBackTaskInput!) {\n    updateWinBackTask(id: $id, input: $input) {\n      id\n      status\n      note\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsAdjustments($pendingOnly: Boolean!, $first: Int!, $offset: Int!) {\n    pointsAdjustments(pendingOnly: $pendingOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        points\n        reason\n        status\n        requestedBy\n        createdAt\n        decidedAt\n        decidedBy\n        decisionNote\n        customer {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsAdjustments($pendingOnly: Boolean!, $first: Int!, $offset: Int!) {\n    pointsAdjustments(pendingOnly: $pendingOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        points\n        reason\n        status\n        requestedBy\n        createdAt\n        decidedAt\n        decidedBy\n        decisionNote\n        customer {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePointsAdjustment($input: DecidePointsAdjustmentInput!) {\n    decidePointsAdjustment(input: $input) {\n      id\n      status\n      decidedAt\n      decisionNote\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePointsAdjustment($input: DecidePointsAdjustmentInput!) {\n    decidePointsAdjustment(input: $input) {\n      id\n      status\n      decidedAt\n      decisionNote\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment TierRule on Tier {\n    ...TierBadge\n    minLifetimeSpend\n    minWindowSpend\n    minWindowPurchases\n    maxDaysSinceLastPurchase\n    pointsMultiplier\n    servicePriority\n    birthdayBonusPoints\n    memberOffers\n    graceDays\n  }\n"): (typeof documents)["\n  fragment TierRule on Tier {\n    ...TierBadge\n    minLifetimeSpend\n    minWindowSpend\n    minWindowPurchases\n    maxDaysSinceLastPurchase\n    pointsMultiplier\n    servicePriority\n    birthdayBonusPoints\n    memberOffers\n    graceDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierRules {\n    tierRules {\n      version\n      windowDays\n      publishedAt\n      publishedBy\n      tiers {\n        ...TierRule\n      }\n    }\n  }\n"): (typeof documents)["\n  query TierRules {\n    tierRules {\n      version\n      windowDays\n      publishedAt\n      publishedBy\n      tiers {\n        ...TierRule\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierImpactFields on TierImpact {\n    rulesVersion\n    customers\n    upgrades\n    downgrades\n    unchanged\n    overridden\n    rows {\n      code\n      tierId\n      current\n      projected\n      up\n      down\n    }\n  }\n"): (typeof documents)["\n  fragment TierImpactFields on TierImpact {\n    rulesVersion\n    customers\n    upgrades\n    downgrades\n    unchanged\n    overridden\n    rows {\n      code\n      tierId\n      current\n      projected\n      up\n      down\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTierChange($input: TierRulesInput!) {\n    previewTierChange(input: $input) {\n      ...TierImpactFields\n    }\n  }\n"): (typeof documents)["\n  query PreviewTierChange($input: TierRulesInput!) {\n    previewTierChange(input: $input) {\n      ...TierImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTierChange($expectedVersion: Int!, $input: TierRulesInput!) {\n    publishTierChange(expectedVersion: $expectedVersion, input: $input) {\n      ...TierImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTierChange($expectedVersion: Int!, $input: TierRulesInput!) {\n    publishTierChange(expectedVersion: $expectedVersion, input: $input) {\n      ...TierImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunTierEvaluation {\n    runTierEvaluation {\n      ...TierImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunTierEvaluation {\n    runTierEvaluation {\n      ...TierImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunPointsExpiry {\n    runPointsExpiry {\n      customers\n      points\n    }\n  }\n"): (typeof documents)["\n  mutation RunPointsExpiry {\n    runPointsExpiry {\n      customers\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyDashboard($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      kind\n      points\n    }\n    tierDistribution {\n      customers\n      tier {\n        ...TierBadge\n      }\n    }\n    retention(months: $months) {\n      month\n      stationId\n      stationName\n      base\n      retained\n      rate\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyDashboard($months: Int!) {\n    pointsByMonth(months: $months) {\n      month\n      kind\n      points\n    }\n    tierDistribution {\n      customers\n      tier {\n        ...TierBadge\n      }\n    }\n    retention(months: $months) {\n      month\n      stationId\n      stationName\n      base\n      retained\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltyProgramFields on LoyaltyProgram {\n    pointsPerCurrencyUnit\n    lotExpiryDays\n    rounding\n  }\n"): (typeof documents)["\n  fragment LoyaltyProgramFields on LoyaltyProgram {\n    pointsPerCurrencyUnit\n    lotExpiryDays\n    rounding\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BonusRuleFields on BonusRule {\n    id\n    code\n    name\n    kind\n    active\n    extraMultiplier\n    fixedPoints\n  }\n"): (typeof documents)["\n  fragment BonusRuleFields on BonusRule {\n    id\n    code\n    name\n    kind\n    active\n    extraMultiplier\n    fixedPoints\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyProgram {\n    loyaltyProgram {\n      ...LoyaltyProgramFields\n    }\n    bonusRules {\n      ...BonusRuleFields\n    }\n  }\n"): (typeof documents)["\n  query LoyaltyProgram {\n    loyaltyProgram {\n      ...LoyaltyProgramFields\n    }\n    bonusRules {\n      ...BonusRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoyaltyProgram($input: LoyaltyProgramInput!) {\n    updateLoyaltyProgram(input: $input) {\n      ...LoyaltyProgramFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLoyaltyProgram($input: LoyaltyProgramInput!) {\n    updateLoyaltyProgram(input: $input) {\n      ...LoyaltyProgramFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBonusRule($input: BonusRuleInput!) {\n    saveBonusRule(input: $input) {\n      ...BonusRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBonusRule($input: BonusRuleInput!) {\n    saveBonusRule(input: $input) {\n      ...BonusRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean! = false, $first: Int, $language: PreferredLanguage!) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        kindLabel(language: $language)\n        subject\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean! = false, $first: Int, $language: PreferredLanguage!) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        kindLabel(language: $language)\n        subject\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
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
export function graphql(source: "\n  query MyTasks($kind: String, $overdueOnly: Boolean, $first: Int, $offset: Int) {\n    myTasks(kind: $kind, overdueOnly: $overdueOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        dueAt\n        overdue\n        assigneeName\n        document {\n          id\n          number\n          title\n          kind\n          applicantName\n          submittedAt\n        }\n      }\n    }\n    myTaskCounts {\n      kind\n      open\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($kind: String, $overdueOnly: Boolean, $first: Int, $offset: Int) {\n    myTasks(kind: $kind, overdueOnly: $overdueOnly, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        name\n        dueAt\n        overdue\n        assigneeName\n        document {\n          id\n          number\n          title\n          kind\n          applicantName\n          submittedAt\n        }\n      }\n    }\n    myTaskCounts {\n      kind\n      open\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      number\n      kind\n      title\n      status\n      definitionVersion\n      locked\n      currentStep\n      data\n      facts\n      applicantId\n      applicantName\n      unit {\n        id\n        name\n        nameEn\n      }\n      createdAt\n      submittedAt\n      decidedAt\n      round\n      replacesId\n      steps {\n        id\n        index\n        key\n        name\n        status\n        assigneeId\n        assigneeName\n        decidedByName\n        actingForName\n        comment\n        openedAt\n        decidedAt\n        dueAt\n        overdue\n      }\n      history {\n        id\n        action\n        stepIndex\n        actorName\n        actingForName\n        comment\n        at\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      number\n      kind\n      title\n      status\n      definitionVersion\n      locked\n      currentStep\n      data\n      facts\n      applicantId\n      applicantName\n      unit {\n        id\n        name\n        nameEn\n      }\n      createdAt\n      submittedAt\n      decidedAt\n      round\n      replacesId\n      steps {\n        id\n        index\n        key\n        name\n        status\n        assigneeId\n        assigneeName\n        decidedByName\n        actingForName\n        comment\n        openedAt\n        decidedAt\n        dueAt\n        overdue\n      }\n      history {\n        id\n        action\n        stepIndex\n        actorName\n        actingForName\n        comment\n        at\n      }\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDocuments($status: [DocumentStatus!], $kind: String, $first: Int, $offset: Int) {\n    documents(mine: true, status: $status, kind: $kind, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        status\n        createdAt\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDocuments($status: [DocumentStatus!], $kind: String, $first: Int, $offset: Int) {\n    documents(mine: true, status: $status, kind: $kind, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        number\n        kind\n        title\n        status\n        createdAt\n        submittedAt\n        decidedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attachment($id: ID!) {\n    attachment(id: $id) {\n      id\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query Attachment($id: ID!) {\n    attachment(id: $id) {\n      id\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessDefinitions($kind: String, $allVersions: Boolean! = false) {\n    processDefinitions(kind: $kind, allVersions: $allVersions) {\n      id\n      kind\n      version\n      name\n      nameEn\n      effectiveFrom\n      createdAt\n      publishedBy\n      note\n      fields {\n        key\n        label\n        type\n        required\n        immutable\n        choices\n      }\n      steps {\n        key\n        name\n        nameEn\n        timeLimitHours\n        approver {\n          kind\n          code\n          unitKind\n          unitFunction\n        }\n        conditions {\n          field\n          op\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessDefinitions($kind: String, $allVersions: Boolean! = false) {\n    processDefinitions(kind: $kind, allVersions: $allVersions) {\n      id\n      kind\n      version\n      name\n      nameEn\n      effectiveFrom\n      createdAt\n      publishedBy\n      note\n      fields {\n        key\n        label\n        type\n        required\n        immutable\n        choices\n      }\n      steps {\n        key\n        name\n        nameEn\n        timeLimitHours\n        approver {\n          kind\n          code\n          unitKind\n          unitFunction\n        }\n        conditions {\n          field\n          op\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewApprovers($kind: String!, $data: JSONObject!) {\n    previewApprovers(kind: $kind, data: $data) {\n      key\n      name\n      applies\n      approver {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewApprovers($kind: String!, $data: JSONObject!) {\n    previewApprovers(kind: $kind, data: $data) {\n      key\n      name\n      applies\n      approver {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($kind: String!, $data: JSONObject!) {\n    createDocument(kind: $kind, data: $data) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($kind: String!, $data: JSONObject!) {\n    createDocument(kind: $kind, data: $data) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $data: JSONObject!) {\n    updateDocument(id: $id, data: $data) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $data: JSONObject!) {\n    updateDocument(id: $id, data: $data) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachToDocument($documentId: ID!, $file: AttachmentInput!) {\n    attachToDocument(documentId: $documentId, file: $file) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AttachToDocument($documentId: ID!, $file: AttachmentInput!) {\n    attachToDocument(documentId: $documentId, file: $file) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDocument($id: ID!) {\n    submitDocument(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStep($documentId: ID!, $stepId: ID, $comment: String) {\n    approveStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStep($documentId: ID!, $stepId: ID, $comment: String) {\n    approveStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    rejectStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    rejectStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    returnStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnStep($documentId: ID!, $stepId: ID, $comment: String!) {\n    returnStep(documentId: $documentId, stepId: $stepId, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDocument($id: ID!, $reason: String) {\n    withdrawDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawDocument($id: ID!, $reason: String) {\n    withdrawDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnapproveDocument($id: ID!, $reason: String!) {\n    unapproveDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnapproveDocument($id: ID!, $reason: String!) {\n    unapproveDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidDocument($id: ID!, $reason: String!) {\n    voidDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VoidDocument($id: ID!, $reason: String!) {\n    voidDocument(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProcessDefinition($input: ProcessDefinitionInput!) {\n    publishProcessDefinition(input: $input) {\n      id\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishProcessDefinition($input: ProcessDefinitionInput!) {\n    publishProcessDefinition(input: $input) {\n      id\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budgets($year: Int!) {\n    budgets(year: $year) {\n      id\n      year\n      category\n      amount\n      consumed\n      unit {\n        id\n        name\n        nameEn\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Budgets($year: Int!) {\n    budgets(year: $year) {\n      id\n      year\n      category\n      amount\n      consumed\n      unit {\n        id\n        name\n        nameEn\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBudget($input: BudgetInput!) {\n    setBudget(input: $input) {\n      id\n      year\n      category\n      amount\n      consumed\n    }\n  }\n"): (typeof documents)["\n  mutation SetBudget($input: BudgetInput!) {\n    setBudget(input: $input) {\n      id\n      year\n      category\n      amount\n      consumed\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment RepairCountsFields on RepairCounts {\n    received\n    repairsReceived\n    inWarranty\n    outOfWarranty\n    returnsReceived\n    returnsAccepted\n    returnsByException\n    delivered\n  }\n"): (typeof documents)["\n  fragment RepairCountsFields on RepairCounts {\n    received\n    repairsReceived\n    inWarranty\n    outOfWarranty\n    returnsReceived\n    returnsAccepted\n    returnsByException\n    delivered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportBucketFields on ReportBucket {\n    key\n    label\n    count\n  }\n"): (typeof documents)["\n  fragment ReportBucketFields on ReportBucket {\n    key\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceYearReport($year: Int!, $unitId: ID) {\n    repairReport(year: $year, unitId: $unitId) {\n      year\n      months {\n        month\n        received\n        repairsReceived\n        inWarranty\n        outOfWarranty\n        returnsReceived\n        returnsAccepted\n        returnsByException\n        delivered\n      }\n      total {\n        ...RepairCountsFields\n      }\n    }\n    complaintAnalysis(year: $year, unitId: $unitId) {\n      year\n      total\n      substantiated\n      byMonth {\n        ...ReportBucketFields\n      }\n      byRootCause {\n        ...ReportBucketFields\n      }\n      byProduct {\n        ...ReportBucketFields\n      }\n      byResponsibleUnit {\n        ...ReportBucketFields\n      }\n      byTriage {\n        ...ReportBucketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceYearReport($year: Int!, $unitId: ID) {\n    repairReport(year: $year, unitId: $unitId) {\n      year\n      months {\n        month\n        received\n        repairsReceived\n        inWarranty\n        outOfWarranty\n        returnsReceived\n        returnsAccepted\n        returnsByException\n        delivered\n      }\n      total {\n        ...RepairCountsFields\n      }\n    }\n    complaintAnalysis(year: $year, unitId: $unitId) {\n      year\n      total\n      substantiated\n      byMonth {\n        ...ReportBucketFields\n      }\n      byRootCause {\n        ...ReportBucketFields\n      }\n      byProduct {\n        ...ReportBucketFields\n      }\n      byResponsibleUnit {\n        ...ReportBucketFields\n      }\n      byTriage {\n        ...ReportBucketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaAttainment($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) {\n    slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {\n      key\n      label\n      cases\n      firstResponseMet\n      resolutionMet\n      breached\n      rate\n    }\n  }\n"): (typeof documents)["\n  query SlaAttainment($from: LocalDate!, $to: LocalDate!, $groupBy: SlaReportGroup!, $unitId: ID) {\n    slaAttainment(from: $from, to: $to, groupBy: $groupBy, unitId: $unitId) {\n      key\n      label\n      cases\n      firstResponseMet\n      resolutionMet\n      breached\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentServiceStats($from: LocalDate!, $to: LocalDate!, $unitId: ID) {\n    agentServiceStats(from: $from, to: $to, unitId: $unitId) {\n      employeeId\n      name\n      answered\n      resolved\n      substantiatedComplaints\n      substantiatedInYear\n      penaltyReviewDue\n      slaCases\n      slaRate\n    }\n  }\n"): (typeof documents)["\n  query AgentServiceStats($from: LocalDate!, $to: LocalDate!, $unitId: ID) {\n    agentServiceStats(from: $from, to: $to, unitId: $unitId) {\n      employeeId\n      name\n      answered\n      resolved\n      substantiatedComplaints\n      substantiatedInYear\n      penaltyReviewDue\n      slaCases\n      slaRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationCalendarFields on StationCalendar {\n    stationId\n    stationCode\n    stationName\n    custom\n    week\n    holidays\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment StationCalendarFields on StationCalendar {\n    stationId\n    stationCode\n    stationName\n    custom\n    week\n    holidays\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCalendars {\n    serviceCalendars {\n      ...StationCalendarFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceCalendars {\n    serviceCalendars {\n      ...StationCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceCalendar($stationId: ID!, $input: ServiceCalendarInput!) {\n    setServiceCalendar(stationId: $stationId, input: $input) {\n      ...StationCalendarFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceCalendar($stationId: ID!, $input: ServiceCalendarInput!) {\n    setServiceCalendar(stationId: $stationId, input: $input) {\n      ...StationCalendarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    kind\n    severity\n    minPriority\n    firstResponseMinutes\n    updateMinutes\n    resolutionMinutes\n  }\n"): (typeof documents)["\n  fragment SlaPolicyFields on SlaPolicy {\n    id\n    kind\n    severity\n    minPriority\n    firstResponseMinutes\n    updateMinutes\n    resolutionMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query SlaPolicies {\n    slaPolicies {\n      ...SlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertSlaPolicy($input: SlaPolicyInput!) {\n    upsertSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertSlaPolicy($input: SlaPolicyInput!) {\n    upsertSlaPolicy(input: $input) {\n      ...SlaPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSlaPolicy($id: ID!) {\n    deleteSlaPolicy(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id\n    number\n    kind\n    status\n    severity\n    channel\n    priority\n    subject\n    customerName\n    contactName\n    unitName\n    assigneeId\n    assigneeName\n    openedAt\n    updatedAt\n    paused\n    firstResponseDueAt\n    firstRespondedAt\n    firstResponseBreached\n    nextUpdateDueAt\n    resolutionDueAt\n    resolutionBreached\n    resolvedAt\n    escalationLevel\n    customer {\n      id\n      tier {\n        ...TierBadge\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id\n    number\n    kind\n    status\n    severity\n    channel\n    priority\n    subject\n    customerName\n    contactName\n    unitName\n    assigneeId\n    assigneeName\n    openedAt\n    updatedAt\n    paused\n    firstResponseDueAt\n    firstRespondedAt\n    firstResponseBreached\n    nextUpdateDueAt\n    resolutionDueAt\n    resolutionBreached\n    resolvedAt\n    escalationLevel\n    customer {\n      id\n      tier {\n        ...TierBadge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets(\n    $first: Int!\n    $offset: Int\n    $kind: [TicketKind!]\n    $status: [TicketStatus!]\n    $unitId: ID\n    $mine: Boolean\n    $assigneeId: ID\n    $severity: [Severity!]\n    $sla: [SlaState!]\n    $breached: Boolean\n    $search: String\n  ) {\n    tickets(\n      first: $first\n      offset: $offset\n      kind: $kind\n      status: $status\n      unitId: $unitId\n      mine: $mine\n      assigneeId: $assigneeId\n      severity: $severity\n      sla: $sla\n      breached: $breached\n      search: $search\n    ) {\n      totalCount\n      nodes {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tickets(\n    $first: Int!\n    $offset: Int\n    $kind: [TicketKind!]\n    $status: [TicketStatus!]\n    $unitId: ID\n    $mine: Boolean\n    $assigneeId: ID\n    $severity: [Severity!]\n    $sla: [SlaState!]\n    $breached: Boolean\n    $search: String\n  ) {\n    tickets(\n      first: $first\n      offset: $offset\n      kind: $kind\n      status: $status\n      unitId: $unitId\n      mine: $mine\n      assigneeId: $assigneeId\n      severity: $severity\n      sla: $sla\n      breached: $breached\n      search: $search\n    ) {\n      totalCount\n      nodes {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketChanged {\n    ticketChanged {\n      ticketId\n      number\n      status\n      kind\n      change\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription TicketChanged {\n    ticketChanged {\n      ticketId\n      number\n      status\n      kind\n      change\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepairOrderFields on RepairOrder {\n    id\n    kind\n    status\n    withinWindow\n    shippedOn\n    exceptionDocumentId\n    inWarranty\n    mainComponent\n    charge\n    consentAt\n    consentNote\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RepairOrderFields on RepairOrder {\n    id\n    kind\n    status\n    withinWindow\n    shippedOn\n    exceptionDocumentId\n    inWarranty\n    mainComponent\n    charge\n    consentAt\n    consentNote\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      content\n      contactPhone\n      product\n      problemAt\n      problemPlace\n      promisedAt\n      externalRef\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n      unit {\n        ...UnitName\n      }\n      station {\n        ...UnitName\n      }\n      customer {\n        id\n        code\n        name\n      }\n      repair {\n        ...RepairOrderFields\n      }\n      timeline {\n        id\n        at\n        kind\n        actorName\n        text\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketRow\n      content\n      contactPhone\n      product\n      problemAt\n      problemPlace\n      promisedAt\n      externalRef\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n      unit {\n        ...UnitName\n      }\n      station {\n        ...UnitName\n      }\n      customer {\n        id\n        code\n        name\n      }\n      repair {\n        ...RepairOrderFields\n      }\n      timeline {\n        id\n        at\n        kind\n        actorName\n        text\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketRow\n      promisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketRow\n      promisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnTicket($id: ID!, $input: TicketActionInput!) {\n    actOnTicket(id: $id, input: $input) {\n      ...TicketRow\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n    }\n  }\n"): (typeof documents)["\n  mutation ActOnTicket($id: ID!, $input: TicketActionInput!) {\n    actOnTicket(id: $id, input: $input) {\n      ...TicketRow\n      technicalStage\n      technicalRound\n      resolutionSummary\n      improvementProposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageComplaint($ticketId: ID!, $triage: ComplaintTriage!, $note: String!) {\n    triageComplaint(ticketId: $ticketId, triage: $triage, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TriageComplaint($ticketId: ID!, $triage: ComplaintTriage!, $note: String!) {\n    triageComplaint(ticketId: $ticketId, triage: $triage, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReturn($ticketId: ID!, $input: StartReturnInput!) {\n    startReturn(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReturn($ticketId: ID!, $input: StartReturnInput!) {\n    startReturn(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRepair($ticketId: ID!, $input: StartRepairInput!) {\n    startRepair(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRepair($ticketId: ID!, $input: StartRepairInput!) {\n    startRepair(ticketId: $ticketId, input: $input) {\n      ...RepairOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRepairConsent($id: ID!, $consented: Boolean!, $note: String!) {\n    recordRepairConsent(id: $id, consented: $consented, note: $note) {\n      ...RepairOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRepairConsent($id: ID!, $consented: Boolean!, $note: String!) {\n    recordRepairConsent(id: $id, consented: $consented, note: $note) {\n      ...RepairOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceRepair($id: ID!, $to: RepairStatus!) {\n    advanceRepair(id: $id, to: $to) {\n      ...RepairOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceRepair($id: ID!, $to: RepairStatus!) {\n    advanceRepair(id: $id, to: $to) {\n      ...RepairOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketCustomerOptions($search: String, $first: Int!) {\n    customers(filter: { search: $search }, orderBy: CODE, first: $first) {\n      nodes {\n        id\n        code\n        name\n        tier {\n          ...TierBadge\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketCustomerOptions($search: String, $first: Int!) {\n    customers(filter: { search: $search }, orderBy: CODE, first: $first) {\n      nodes {\n        id\n        code\n        name\n        tier {\n          ...TierBadge\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpVisits($dueOnly: Boolean!) {\n    followUpVisits(dueOnly: $dueOnly) {\n      id\n      dueAt\n      doneAt\n      status\n      satisfied\n      result\n      ticket {\n        id\n        number\n        kind\n        subject\n        customerName\n        contactName\n        customer {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpVisits($dueOnly: Boolean!) {\n    followUpVisits(dueOnly: $dueOnly) {\n      id\n      dueAt\n      doneAt\n      status\n      satisfied\n      result\n      ticket {\n        id\n        number\n        kind\n        subject\n        customerName\n        contactName\n        customer {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordFollowUp(id: $id, input: $input) {\n      id\n      status\n      satisfied\n      result\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n    recordFollowUp(id: $id, input: $input) {\n      id\n      status\n      satisfied\n      result\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintReviewFindings on ComplaintReview {\n    id\n    status\n    createdAt\n    closedAt\n    major\n    substantiated\n    rootCause\n    responsibleEmployeeName\n    responsibleUnit {\n      ...UnitName\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintReviewFindings on ComplaintReview {\n    id\n    status\n    createdAt\n    closedAt\n    major\n    substantiated\n    rootCause\n    responsibleEmployeeName\n    responsibleUnit {\n      ...UnitName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintReviewRow on ComplaintReview {\n    ...ComplaintReviewFindings\n    ticket {\n      id\n      number\n      subject\n      severity\n      customerName\n      contactName\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintReviewRow on ComplaintReview {\n    ...ComplaintReviewFindings\n    ticket {\n      id\n      number\n      subject\n      severity\n      customerName\n      contactName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintReviews($status: [ComplaintReviewStatus!]) {\n    complaintReviews(status: $status) {\n      ...ComplaintReviewRow\n    }\n  }\n"): (typeof documents)["\n  query ComplaintReviews($status: [ComplaintReviewStatus!]) {\n    complaintReviews(status: $status) {\n      ...ComplaintReviewRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    kind\n    status\n    description\n    ownerId\n    ownerName\n    dueOn\n    doneAt\n    doneNote\n    verifiedAt\n    verifiedBy\n    verificationNote\n  }\n"): (typeof documents)["\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    kind\n    status\n    description\n    ownerId\n    ownerName\n    dueOn\n    doneAt\n    doneNote\n    verifiedAt\n    verifiedBy\n    verificationNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintReview($id: ID!) {\n    complaintReview(id: $id) {\n      ...ComplaintReviewFindings\n      caseSummary {\n        ticketId\n        number\n        subject\n        severity\n        product\n        customerName\n        customerVisible\n        readable\n      }\n      actions {\n        ...CorrectiveActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintReview($id: ID!) {\n    complaintReview(id: $id) {\n      ...ComplaintReviewFindings\n      caseSummary {\n        ticketId\n        number\n        subject\n        severity\n        product\n        customerName\n        customerVisible\n        readable\n      }\n      actions {\n        ...CorrectiveActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComplaintFindings($id: ID!, $input: ComplaintFindingsInput!) {\n    recordComplaintFindings(id: $id, input: $input) {\n      ...ComplaintReviewRow\n    }\n  }\n"): (typeof documents)["\n  mutation RecordComplaintFindings($id: ID!, $input: ComplaintFindingsInput!) {\n    recordComplaintFindings(id: $id, input: $input) {\n      ...ComplaintReviewRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCorrectiveAction($reviewId: ID!, $input: CorrectiveActionInput!) {\n    addCorrectiveAction(reviewId: $reviewId, input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCorrectiveAction($reviewId: ID!, $input: CorrectiveActionInput!) {\n    addCorrectiveAction(reviewId: $reviewId, input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCorrectiveAction($id: ID!, $note: String!) {\n    completeCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCorrectiveAction($id: ID!, $note: String!) {\n    completeCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCorrectiveAction($id: ID!, $note: String!) {\n    verifyCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCorrectiveAction($id: ID!, $note: String!) {\n    verifyCorrectiveAction(id: $id, note: $note) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateComplaint($id: ID!, $to: ComplaintReviewStatus!, $reason: String!) {\n    escalateComplaint(id: $id, to: $to, reason: $reason) {\n      ...ComplaintReviewRow\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateComplaint($id: ID!, $to: ComplaintReviewStatus!, $reason: String!) {\n    escalateComplaint(id: $id, to: $to, reason: $reason) {\n      ...ComplaintReviewRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseComplaintReview($id: ID!) {\n    closeComplaintReview(id: $id) {\n      ...ComplaintReviewRow\n    }\n  }\n"): (typeof documents)["\n  mutation CloseComplaintReview($id: ID!) {\n    closeComplaintReview(id: $id) {\n      ...ComplaintReviewRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionDashboard($from: LocalDate!, $to: LocalDate!, $unitId: ID, $templateId: ID) {\n    byUnit: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [UNIT, MONTH]) {\n      rows {\n        unitId\n        unitName\n        month\n        forms\n        satisfied\n        partial\n        rate\n      }\n      total {\n        forms\n        satisfied\n        partial\n        rate\n        averageScore\n        npsScore\n        npsAnswers\n      }\n    }\n    byItem: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [ITEM]) {\n      rows {\n        itemKey\n        forms\n        satisfied\n        rate\n        averageScore\n        levels\n      }\n    }\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      unit {\n        ...UnitName\n      }\n    }\n    agentSatisfactionScores(from: $from, to: $to, unitId: $unitId, templateId: $templateId) {\n      agentId\n      agentName\n      employeeNo\n      unitId\n      unitName\n      forms\n      satisfied\n      rate\n      averageScore\n      dissatisfiedForms\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionDashboard($from: LocalDate!, $to: LocalDate!, $unitId: ID, $templateId: ID) {\n    byUnit: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [UNIT, MONTH]) {\n      rows {\n        unitId\n        unitName\n        month\n        forms\n        satisfied\n        partial\n        rate\n      }\n      total {\n        forms\n        satisfied\n        partial\n        rate\n        averageScore\n        npsScore\n        npsAnswers\n      }\n    }\n    byItem: satisfactionReport(from: $from, to: $to, unitId: $unitId, templateId: $templateId, groupBy: [ITEM]) {\n      rows {\n        itemKey\n        forms\n        satisfied\n        rate\n        averageScore\n        levels\n      }\n    }\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      unit {\n        ...UnitName\n      }\n    }\n    agentSatisfactionScores(from: $from, to: $to, unitId: $unitId, templateId: $templateId) {\n      agentId\n      agentName\n      employeeNo\n      unitId\n      unitName\n      forms\n      satisfied\n      rate\n      averageScore\n      dissatisfiedForms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionDashboardTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      active\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        version\n        items {\n          key\n          kind\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionDashboardTemplates {\n    surveyTemplates(includeInactive: true) {\n      id\n      code\n      active\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        version\n        items {\n          key\n          kind\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportSatisfactionResponses($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      ...DownloadFile\n    }\n  }\n"): (typeof documents)["\n  mutation ExportSatisfactionResponses($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      ...DownloadFile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseListRow on SurveyResponse {\n    id\n    answeredAt\n    answeredOn\n    customerId\n    customerName\n    unitId\n    unitName\n    stationId\n    stationName\n    agentId\n    agentName\n    source\n    channel\n    templateCode\n    version\n    overallLevel\n    nps\n    complete\n    dissatisfied\n    complaintTicketId\n    complaintNumber\n    ticketId\n    ticketNumber\n    answers {\n      itemKey\n      kind\n      label {\n        zhHant\n        zhHans\n        en\n      }\n      level\n      text\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResponseListRow on SurveyResponse {\n    id\n    answeredAt\n    answeredOn\n    customerId\n    customerName\n    unitId\n    unitName\n    stationId\n    stationName\n    agentId\n    agentName\n    source\n    channel\n    templateCode\n    version\n    overallLevel\n    nps\n    complete\n    dissatisfied\n    complaintTicketId\n    complaintNumber\n    ticketId\n    ticketNumber\n    answers {\n      itemKey\n      kind\n      label {\n        zhHant\n        zhHans\n        en\n      }\n      level\n      text\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResponseList($filter: SurveyResponseFilter, $first: Int, $offset: Int) {\n    surveyResponses(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...SurveyResponseListRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResponseList($filter: SurveyResponseFilter, $first: Int, $offset: Int) {\n    surveyResponses(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        ...SurveyResponseListRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResponseDetail($id: ID!) {\n    surveyResponse(id: $id) {\n      ...SurveyResponseListRow\n      month\n      language\n      enteredBy\n      hasComment\n      invitationId\n      pointsAwarded\n      answers {\n        itemKey\n        nps\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResponseDetail($id: ID!) {\n    surveyResponse(id: $id) {\n      ...SurveyResponseListRow\n      month\n      language\n      enteredBy\n      hasComment\n      invitationId\n      pointsAwarded\n      answers {\n        itemKey\n        nps\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportSurveyResponseList($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n"): (typeof documents)["\n  mutation ExportSurveyResponseList($input: ExportSurveyResponsesInput!) {\n    exportSatisfactionResponses(input: $input) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCallList($first: Int, $offset: Int) {\n    surveyInvitations(delivery: PHONE, status: [SENT], first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        customerId\n        customerName\n        customerPhones\n        unitName\n        stationName\n        agentName\n        source\n        campaign\n        language\n        sendAt\n        sentAt\n        expiresAt\n        templateId\n        version\n        ticketId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyCallList($first: Int, $offset: Int) {\n    surveyInvitations(delivery: PHONE, status: [SENT], first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        customerId\n        customerName\n        customerPhones\n        unitName\n        stationName\n        agentName\n        source\n        campaign\n        language\n        sendAt\n        sentAt\n        expiresAt\n        templateId\n        version\n        ticketId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEntryCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      phones\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  query SurveyEntryCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      phones\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyTemplateName on SurveyTemplate {\n    id\n    code\n    active\n    title {\n      zhHant\n      zhHans\n      en\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyTemplateName on SurveyTemplate {\n    id\n    code\n    active\n    title {\n      zhHant\n      zhHans\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResponseTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n    }\n  }\n"): (typeof documents)["\n  query SurveyResponseTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEntryTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n      latestVersion\n      versions {\n        id\n        version\n        items {\n          key\n          kind\n          required\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyEntryTemplates {\n    surveyTemplates(includeInactive: true) {\n      ...SurveyTemplateName\n      latestVersion\n      versions {\n        id\n        version\n        items {\n          key\n          kind\n          required\n          label {\n            zhHant\n            zhHans\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyEntryDefaultTemplate {\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyEntryDefaultTemplate {\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      complaintTicketId\n      complaintNumber\n    }\n  }\n"): (typeof documents)["\n  mutation EnterSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      complaintTicketId\n      complaintNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveySettingsFields on SurveySettings {\n    id\n    quietDays\n    linkValidDays\n    correctiveDays\n    triggers {\n      source\n      enabled\n      delayHours\n    }\n    defaultTemplate {\n      id\n    }\n    updatedBy\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SurveySettingsFields on SurveySettings {\n    id\n    quietDays\n    linkValidDays\n    correctiveDays\n    triggers {\n      source\n      enabled\n      delayHours\n    }\n    defaultTemplate {\n      id\n    }\n    updatedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySettingsPage {\n    surveySettings {\n      ...SurveySettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SurveySettingsPage {\n    surveySettings {\n      ...SurveySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySettingsTemplates {\n    surveyTemplates {\n      id\n      code\n      latestVersion\n      title {\n        zhHant\n        zhHans\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveySettingsTemplates {\n    surveyTemplates {\n      id\n      code\n      latestVersion\n      title {\n        zhHant\n        zhHans\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurveySettings($input: SurveySettingsInput!) {\n    updateSurveySettings(input: $input) {\n      ...SurveySettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurveySettings($input: SurveySettingsInput!) {\n    updateSurveySettings(input: $input) {\n      ...SurveySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySettingsTargets {\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n      unit {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveySettingsTargets {\n    satisfactionTargets {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n      unit {\n        id\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSatisfactionTarget($input: SatisfactionTargetInput!) {\n    setSatisfactionTarget(input: $input) {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetSatisfactionTarget($input: SatisfactionTargetInput!) {\n    setSatisfactionTarget(input: $input) {\n      id\n      effectiveYear\n      targetPercent\n      note\n      setBy\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveySettingsEvaluation on SatisfactionEvaluation {\n    id\n    period\n    forms\n    satisfied\n    rate\n    targetPercent\n    outcome\n    documentId\n    documentNumber\n    deadline\n    evaluatedAt\n    unit {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment SurveySettingsEvaluation on SatisfactionEvaluation {\n    id\n    period\n    forms\n    satisfied\n    rate\n    targetPercent\n    outcome\n    documentId\n    documentNumber\n    deadline\n    evaluatedAt\n    unit {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveySettingsEvaluations($period: String!) {\n    satisfactionEvaluations(period: $period) {\n      ...SurveySettingsEvaluation\n    }\n  }\n"): (typeof documents)["\n  query SurveySettingsEvaluations($period: String!) {\n    satisfactionEvaluations(period: $period) {\n      ...SurveySettingsEvaluation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateSatisfactionTargets($period: String!) {\n    evaluateSatisfactionTargets(period: $period) {\n      period\n      from\n      to\n      evaluations {\n        ...SurveySettingsEvaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateSatisfactionTargets($period: String!) {\n    evaluateSatisfactionTargets(period: $period) {\n      period\n      from\n      to\n      evaluations {\n        ...SurveySettingsEvaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyCampaignOptions {\n    customerTags\n    tiers {\n      id\n      code\n      name\n      nameZhHans\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query SurveyCampaignOptions {\n    customerTags\n    tiers {\n      id\n      code\n      name\n      nameZhHans\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SurveySettingsSend($input: SendSurveyInput!) {\n    sendSurvey(input: $input) {\n      scheduled\n      sent\n      skipped\n      link\n      invitations {\n        id\n        customerId\n        customerName\n        status\n        skipReason\n        delivery\n        language\n        sendAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SurveySettingsSend($input: SendSurveyInput!) {\n    sendSurvey(input: $input) {\n      scheduled\n      sent\n      skipped\n      link\n      invitations {\n        id\n        customerId\n        customerName\n        status\n        skipReason\n        delivery\n        language\n        sendAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitation($token: String!, $language: PreferredLanguage) {\n    surveyInvitation(token: $token, language: $language) {\n      language\n      title\n      intro\n      greetingName\n      stationName\n      source\n      expiresAt\n      items {\n        key\n        kind\n        required\n        label\n      }\n      levels {\n        level\n        score\n        label\n      }\n      maxCommentLength\n      maxTextLength\n    }\n  }\n"): (typeof documents)["\n  query SurveyInvitation($token: String!, $language: PreferredLanguage) {\n    surveyInvitation(token: $token, language: $language) {\n      language\n      title\n      intro\n      greetingName\n      stationName\n      source\n      expiresAt\n      items {\n        key\n        kind\n        required\n        label\n      }\n      levels {\n        level\n        score\n        label\n      }\n      maxCommentLength\n      maxTextLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      responseId\n      complete\n      pointsAwarded\n      followUp\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyTemplateVersionFields on SurveyTemplateVersion {\n    id\n    version\n    title {\n      zhHant\n      zhHans\n      en\n    }\n    intro {\n      zhHant\n      zhHans\n      en\n    }\n    items {\n      key\n      kind\n      required\n      label {\n        zhHant\n        zhHans\n        en\n      }\n    }\n    publishedBy\n    publishedAt\n    note\n  }\n"): (typeof documents)["\n  fragment SurveyTemplateVersionFields on SurveyTemplateVersion {\n    id\n    version\n    title {\n      zhHant\n      zhHans\n      en\n    }\n    intro {\n      zhHant\n      zhHans\n      en\n    }\n    items {\n      key\n      kind\n      required\n      label {\n        zhHant\n        zhHans\n        en\n      }\n    }\n    publishedBy\n    publishedAt\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTemplates($includeInactive: Boolean!) {\n    surveyTemplates(includeInactive: $includeInactive) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      current {\n        id\n        items {\n          key\n        }\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyTemplates($includeInactive: Boolean!) {\n    surveyTemplates(includeInactive: $includeInactive) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      current {\n        id\n        items {\n          key\n        }\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTemplate($id: ID!) {\n    surveyTemplate(id: $id) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyTemplate($id: ID!) {\n    surveyTemplate(id: $id) {\n      id\n      code\n      active\n      latestVersion\n      updatedAt\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n    surveySettings {\n      defaultTemplate {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyTemplate($input: SaveSurveyTemplateInput!) {\n    saveSurveyTemplate(input: $input) {\n      id\n      code\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyTemplate($input: SaveSurveyTemplateInput!) {\n    saveSurveyTemplate(input: $input) {\n      id\n      code\n      latestVersion\n      updatedAt\n      title {\n        zhHant\n        zhHans\n        en\n      }\n      versions {\n        ...SurveyTemplateVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSurveyTemplateActive($id: ID!, $active: Boolean!) {\n    setSurveyTemplateActive(id: $id, active: $active) {\n      id\n      active\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetSurveyTemplateActive($id: ID!, $active: Boolean!) {\n    setSurveyTemplateActive(id: $id, active: $active) {\n      id\n      active\n      updatedAt\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierBadge on Tier {\n    id\n    code\n    rank\n    color\n    name\n    nameZhHans\n    nameEn\n  }\n"): (typeof documents)["\n  fragment TierBadge on Tier {\n    id\n    code\n    rank\n    color\n    name\n    nameZhHans\n    nameEn\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;