import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { CorrectiveActionFieldsFragment } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { ACTION_TONE } from '../constants';
import { day, minute } from '../../../shared/dates';
import type { ActionAbilities } from '../quality';

interface Props {
  actions: readonly CorrectiveActionFieldsFragment[];
  /** What the viewer may do with each: report it done (its owner or quality control), verify it (someone else, R-SVC-5). */
  abilities: (action: CorrectiveActionFieldsFragment) => ActionAbilities;
  onComplete: (action: CorrectiveActionFieldsFragment) => void;
  onVerify: (action: CorrectiveActionFieldsFragment) => void;
}

/** R-SVC-5: each action with its owner and deadline, reported done, then its effect verified by someone else. */
export function CorrectiveActions({ actions, abilities, onComplete, onVerify }: Props) {
  const { t } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const columns: TableColumnsType<CorrectiveActionFieldsFragment> = [
    { title: t('qc.action.kind'), key: 'kind', width: 110, render: (_, a) => t(`qc.action.kind.${a.kind}`) },
    { title: t('qc.action.description'), key: 'description', render: (_, a) => <div style={{ whiteSpace: 'pre-wrap' }}>{a.description}</div> },
    {
      title: t('qc.action.owner'),
      key: 'owner',
      render: (_, a) => (
        <Space size={4} wrap>
          <span>{a.ownerName}</span>
          {abilities(a).mine ? (
            <span data-testid="my-action">
              <ToneTag tone="info">{t('qc.action.mine')}</ToneTag>
            </span>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('qc.action.dueOn'),
      key: 'dueOn',
      render: (_, a) => (
        <Space size={4}>
          <span>{day(a.dueOn)}</span>
          {a.status === 'OPEN' && a.dueOn < today ? <ToneTag tone="danger">{t('qc.action.late')}</ToneTag> : null}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="action-status" data-status={a.status}>
            <ToneTag tone={ACTION_TONE[a.status]}>{t(`qc.action.status.${a.status}`)}</ToneTag>
          </span>
          {a.doneAt ? <Typography.Text type="secondary">{t('qc.action.doneAt', { at: minute(a.doneAt) })}{a.doneNote ? `:${a.doneNote}` : ''}</Typography.Text> : null}
          {a.verifiedAt ? (
            <Typography.Text type="secondary">
              {t('qc.action.verifiedBy', { name: a.verifiedBy ?? '—', at: minute(a.verifiedAt) })}
              {a.verificationNote ? `:${a.verificationNote}` : ''}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) => (
        <Space>
          {abilities(a).complete ? (
            <Button size="small" onClick={() => onComplete(a)} data-testid="complete-action">
              {t('qc.action.complete')}
            </Button>
          ) : null}
          {abilities(a).verify ? (
            <Button size="small" type="primary" onClick={() => onVerify(a)} data-testid="verify-action">
              {t('qc.action.verify')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<CorrectiveActionFieldsFragment>
      rowKey="id"
      size="small"
      data-testid="corrective-actions"
      columns={columns}
      dataSource={[...actions]}
      pagination={false}
      locale={{ emptyText: <Typography.Text type="secondary">{t('qc.action.none')}</Typography.Text> }}
    />
  );
}
