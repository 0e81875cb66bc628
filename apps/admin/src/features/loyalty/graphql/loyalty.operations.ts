import { graphql } from '../../../gql';

/** A tier with everything the editor lets marketing change. */
export const TierRuleFragment = graphql(`
  fragment TierRule on Tier {
    ...TierBadge
    minLifetimeSpend
    minWindowSpend
    minWindowPurchases
    maxDaysSinceLastPurchase
    pointsMultiplier
    servicePriority
    birthdayBonusPoints
    memberOffers
    graceDays
  }
`);

export const TierRulesDocument = graphql(`
  query TierRules {
    tierRules {
      version
      windowDays
      publishedAt
      publishedBy
      tiers {
        ...TierRule
      }
    }
  }
`);

export const TierImpactFragment = graphql(`
  fragment TierImpactFields on TierImpact {
    rulesVersion
    customers
    upgrades
    downgrades
    unchanged
    overridden
    rows {
      code
      tierId
      current
      projected
      up
      down
    }
  }
`);

export const PreviewTierChangeDocument = graphql(`
  query PreviewTierChange($input: TierRulesInput!) {
    previewTierChange(input: $input) {
      ...TierImpactFields
    }
  }
`);

export const PublishTierChangeDocument = graphql(`
  mutation PublishTierChange($expectedVersion: Int!, $input: TierRulesInput!) {
    publishTierChange(expectedVersion: $expectedVersion, input: $input) {
      ...TierImpactFields
    }
  }
`);

export const RunTierEvaluationDocument = graphql(`
  mutation RunTierEvaluation {
    runTierEvaluation {
      ...TierImpactFields
    }
  }
`);

export const RunPointsExpiryDocument = graphql(`
  mutation RunPointsExpiry {
    runPointsExpiry {
      customers
      points
    }
  }
`);

export const LoyaltyDashboardDocument = graphql(`
  query LoyaltyDashboard($months: Int!) {
    pointsByMonth(months: $months) {
      month
      kind
      points
    }
    tierDistribution {
      customers
      tier {
        ...TierBadge
      }
    }
    retention(months: $months) {
      month
      stationId
      stationName
      base
      retained
      rate
    }
  }
`);

export const LoyaltyProgramFragment = graphql(`
  fragment LoyaltyProgramFields on LoyaltyProgram {
    pointsPerCurrencyUnit
    lotExpiryDays
    rounding
  }
`);

export const BonusRuleFragment = graphql(`
  fragment BonusRuleFields on BonusRule {
    id
    code
    name
    kind
    active
    extraMultiplier
    fixedPoints
  }
`);

export const LoyaltyProgramDocument = graphql(`
  query LoyaltyProgram {
    loyaltyProgram {
      ...LoyaltyProgramFields
    }
    bonusRules {
      ...BonusRuleFields
    }
  }
`);

export const UpdateLoyaltyProgramDocument = graphql(`
  mutation UpdateLoyaltyProgram($input: LoyaltyProgramInput!) {
    updateLoyaltyProgram(input: $input) {
      ...LoyaltyProgramFields
    }
  }
`);

export const SaveBonusRuleDocument = graphql(`
  mutation SaveBonusRule($input: BonusRuleInput!) {
    saveBonusRule(input: $input) {
      ...BonusRuleFields
    }
  }
`);
