import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../../../shared/i18n';
import { formatRate } from '../../dashboardShape';

export interface Totals {
  forms: number;
  satisfied: number;
  partial: number;
  rate: number | null;
  averageScore: number | null;
  npsScore: number | null;
  npsAnswers: number;
}

interface Props {
  totals: Totals;
  /** The forms behind each figure. */
  links: { forms: string; below: string; partial: string };
  /** The target of the unit the dashboard is filtered to, when it has one. */
  target?: number | null;
}

/**
 * The period at a glance (R-SAT-3): the rate with its formula, the forms it counts, those
 * below 基本滿意, the partial forms kept outside the rate, and the NPS where it was asked.
 */
export function TotalsSection({ totals, links, target }: Props) {
  const { t } = useI18n();
  const hint = t('sat.rateHint');
  const linked = (to: string) => (node: ReactNode) => <Link to={to}>{node}</Link>;
  const below = totals.forms - totals.satisfied;
  return (
    <Card size="small" data-testid="sat-totals">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8} xl={4}>
          <Statistic
            title={
              <span>
                {t('sat.rate')}{' '}
                <Tooltip title={hint}>
                  <QuestionCircleOutlined aria-label={hint} role="img" tabIndex={0} />
                </Tooltip>
              </span>
            }
            value={formatRate(totals.rate)}
            data-testid="total-rate"
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title={t('sat.target')} value={target == null ? '—' : `${target}%`} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title={t('sat.forms')} value={totals.forms} valueRender={totals.forms ? linked(links.forms) : undefined} data-testid="total-forms" />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title={t('satDash.belowBasic')} value={below} valueRender={below ? linked(links.below) : undefined} data-testid="total-below" />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title={`${t('sat.partial')} (${t('satDash.outsideRate')})`} value={totals.partial} valueRender={totals.partial ? linked(links.partial) : undefined} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic
            title={t('sat.nps')}
            value={totals.npsScore == null ? '—' : totals.npsScore.toFixed(1)}
            suffix={totals.npsAnswers ? <span style={{ fontSize: 12 }}>{t('satDash.npsAnswers', { n: totals.npsAnswers })}</span> : undefined}
          />
        </Col>
      </Row>
    </Card>
  );
}
