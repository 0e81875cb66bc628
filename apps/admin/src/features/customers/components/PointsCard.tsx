import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import type { CustomerQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { day } from '../format';

type Points = NonNullable<CustomerQuery['customer']['points']>;

export function PointsCard({ points, actions }: { points: Points | null | undefined; actions?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Card title={t('points.title')} size="small" extra={points ? actions : null} data-testid="points-card">
      {points ? (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Statistic title={t('points.balance')} value={points.balance} />
            </Col>
            <Col span={12}>
              <Tooltip title={t('points.debtHint')}>
                <Statistic title={t('points.debt')} value={points.debt} />
              </Tooltip>
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('points.lots')}
          </Typography.Title>
          {points.lots.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {points.lots.slice(0, 5).map((lot) => (
                <li key={lot.id}>{t('points.lotLine', { points: lot.remaining, date: day(lot.expiresAt) })}</li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">{t('points.noLots')}</Typography.Text>
          )}
        </>
      ) : (
        <Typography.Text type="secondary">{t('points.hidden')}</Typography.Text>
      )}
    </Card>
  );
}
