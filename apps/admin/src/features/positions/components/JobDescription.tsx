import { Descriptions, Space, Tag, Typography } from 'antd';
import type { PositionsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';

type Position = PositionsQuery['positions'][number];

/** The regime's job description layout (R-ORG-3): superior, subordinates, summary, duties. */
export function JobDescription({ position }: { position: Position }) {
  const { t, pick } = useI18n();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('position.superior')}>{position.superior ? pick(position.superior.title, position.superior.titleEn) : none}</Descriptions.Item>
      <Descriptions.Item label={t('position.subordinates')}>
        {position.subordinates.length ? (
          <Space size={[4, 4]} wrap>
            {position.subordinates.map((s) => (
              <Tag key={s.id}>{pick(s.title, s.titleEn)}</Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('position.summary')}>{position.summary || none}</Descriptions.Item>
      <Descriptions.Item label={t('position.duties')}>
        {position.duties.length ? (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {position.duties.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('position.holders')}>
        {position.holders.length ? position.holders.map((h) => `${h.name} (${h.employeeNo})`).join('、') : none}
      </Descriptions.Item>
    </Descriptions>
  );
}
