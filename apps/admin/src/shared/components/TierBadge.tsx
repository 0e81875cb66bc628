import { Tag } from 'antd';
import type { TierBadgeFragment } from '../../gql/graphql';
import type { Locale } from '../i18n';
import { textOn } from './colors';

type TierNames = Pick<TierBadgeFragment, 'name' | 'nameZhHans' | 'nameEn'>;

/** Tiers carry a name per language, not the zh/en pair other records have. */
export function tierName(tier: TierNames, locale: Locale): string {
  if (locale === 'en') return tier.nameEn || tier.name;
  if (locale === 'zh-Hans') return tier.nameZhHans || tier.name;
  return tier.name;
}

/** A tier in the colour marketing gave it, its text black or white, whichever reads. */
export function TierBadge({ tier, locale, empty = '—' }: { tier: (TierNames & { color: string; code: string }) | null | undefined; locale: Locale; empty?: string }) {
  if (!tier) return <span>{empty}</span>;
  return (
    <Tag style={{ background: tier.color, color: textOn(tier.color), borderColor: tier.color }} data-tier={tier.code}>
      {tierName(tier, locale)}
    </Tag>
  );
}
