import type { SatisfactionLevel } from '../../../../gql/graphql';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { LEVEL_TONE } from '../../responses-view';

/** A level in its colour; no level on an overall answer is a partial form (R-SAT-3). */
export function LevelTag({ level, partialLabel }: { level: SatisfactionLevel | null | undefined; partialLabel?: string }) {
  const { t } = useI18n();
  if (!level) return partialLabel ? <ToneTag tone="neutral">{partialLabel}</ToneTag> : <span>—</span>;
  return (
    <span data-testid="level-tag" data-level={level}>
      <ToneTag tone={LEVEL_TONE[level]}>{t(`sat.level.${level}`)}</ToneTag>
    </span>
  );
}
