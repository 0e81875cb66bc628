import { Link } from 'react-router';
import { Button, Descriptions, Popconfirm, Space, Steps, Typography } from 'antd';
import type { RepairOrderFieldsFragment, RepairStatus } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { REPAIR_NEXT, REPAIR_STEPS, REPAIR_TONE } from '../constants';
import { day, minute } from '../../../shared/dates';

interface Props {
  repair: RepairOrderFieldsFragment | null | undefined;
  canManage: boolean;
  /** Only a case still being worked can start a return or repair. */
  canStart: boolean;
  advancing: boolean;
  onStartReturn: () => void;
  onStartRepair: () => void;
  onConsent: () => void;
  onAdvance: (to: RepairStatus) => void;
}

/**
 * A return or repair (R-SVC-8): the return-window check and the exception document when it
 * failed, the customer's consent to a charged main-component repair, and the repair's steps
 * from receipt until the customer has it back.
 */
export function RepairPanel({ repair, canManage, canStart, advancing, onStartReturn, onStartRepair, onConsent, onAdvance }: Props) {
  const { t } = useI18n();
  if (!repair) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="secondary">{t('sd.repair.none')}</Typography.Text>
        {canManage && canStart ? (
          <Space wrap>
            <Button onClick={onStartReturn} data-testid="start-return">
              {t('sd.repair.startReturn')}
            </Button>
            <Button onClick={onStartRepair} data-testid="start-repair">
              {t('sd.repair.startRepair')}
            </Button>
          </Space>
        ) : null}
      </Space>
    );
  }
  const next = repair.kind === 'REPAIR' ? REPAIR_NEXT[repair.status] : undefined;
  const stepIndex = REPAIR_STEPS.indexOf(repair.status);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="repair-panel">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('sd.repair.kind')}>{t(`sd.repair.kind.${repair.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <span data-testid="repair-status" data-status={repair.status}>
            <ToneTag tone={REPAIR_TONE[repair.status]}>{t(`sd.repair.${repair.status}`)}</ToneTag>
          </span>
        </Descriptions.Item>
        {repair.kind === 'RETURN' ? (
          <>
            <Descriptions.Item label={t('sd.repair.shippedOn')}>{day(repair.shippedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('sd.repair.window')}>
              <ToneTag tone={repair.withinWindow ? 'success' : 'warning'}>{t(repair.withinWindow ? 'sd.repair.withinWindow' : 'sd.repair.outsideWindow')}</ToneTag>
            </Descriptions.Item>
            {repair.exceptionDocumentId ? (
              <Descriptions.Item label={t('sd.repair.exception')}>
                <Link to={`/documents/${repair.exceptionDocumentId}`} data-testid="exception-document">
                  {t('sd.repair.exceptionLink')}
                </Link>
              </Descriptions.Item>
            ) : null}
          </>
        ) : (
          <>
            <Descriptions.Item label={t('sd.repair.inWarranty')}>{t(repair.inWarranty ? 'common.yes' : 'common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('sd.repair.mainComponent')}>{t(repair.mainComponent ? 'common.yes' : 'common.no')}</Descriptions.Item>
            {repair.charge ? <Descriptions.Item label={t('sd.repair.charge')}>{formatMoney(repair.charge)}</Descriptions.Item> : null}
            {repair.consentNote ? (
              <Descriptions.Item label={t('sd.repair.consent')}>
                {repair.consentAt ? `${minute(repair.consentAt)} · ` : ''}
                {repair.consentNote}
              </Descriptions.Item>
            ) : null}
          </>
        )}
      </Descriptions>
      {repair.kind === 'REPAIR' && stepIndex >= 0 ? (
        <Steps
          size="small"
          orientation="vertical"
          current={stepIndex}
          status={repair.status === 'DELIVERED' ? 'finish' : 'process'}
          items={REPAIR_STEPS.map((s) => ({ key: s, title: t(`sd.repair.${s}`) }))}
        />
      ) : null}
      {canManage ? (
        <Space wrap>
          {repair.status === 'AWAITING_CONSENT' ? (
            <Button type="primary" onClick={onConsent} data-testid="record-consent">
              {t('sd.repair.recordConsent')}
            </Button>
          ) : null}
          {next ? (
            <Popconfirm title={t('sd.repair.advanceConfirm', { status: t(`sd.repair.${next}`) })} okText={t('common.yes')} cancelText={t('common.cancel')} onConfirm={() => onAdvance(next)}>
              <Button type="primary" loading={advancing} data-testid="advance-repair">
                {t('sd.repair.advance', { status: t(`sd.repair.${next}`) })}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
    </Space>
  );
}
