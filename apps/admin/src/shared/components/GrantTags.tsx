import { Space, Tooltip } from 'antd';
import { ToneTag } from './ToneTag';
import { SCOPE_TONE } from '../constants/tones';
import type { Permission, Scope } from '../../gql/graphql';
import { useI18n } from '../i18n';

export function GrantTags({ grants }: { grants: readonly { permission: Permission; scope: Scope }[] }) {
  const { t } = useI18n();
  return (
    <Space size={[4, 4]} wrap>
      {grants.map((g) => (
        <Tooltip key={`${g.permission}:${g.scope}`} title={g.permission}>
          <span>
            <ToneTag tone={SCOPE_TONE[g.scope]}>{`${t(`permission.${g.permission}`)} · ${t(`scope.${g.scope}`)}`}</ToneTag>
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}
