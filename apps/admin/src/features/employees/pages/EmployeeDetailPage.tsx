import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table } from 'antd';
import { PageError, PageLoading, ToneTag } from '../../../shared/components';
import { EMPLOYEE_STATUS_TONE } from '../../../shared/constants/tones';
import { errorMessage } from '../../../shared/apollo';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { DeactivateEmployeeDocument, EmployeeDocument } from '../graphql/employees.operations';


export default function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(EmployeeDocument, { variables: { id } });
  const [deactivate, deactivation] = useMutation(DeactivateEmployeeDocument);

  if (loading && !data) return <PageLoading />;
  if (error || !data) return <PageError error={error} onRetry={() => void refetch()} />;
  const e = data.employee;
  const path = [...e.unit.ancestors, e.unit].map((u) => pick(u.name, u.nameEn)).join(' / ');

  return (
    <PageContainer
      title={`${e.name} (${e.employeeNo})`}
      onBack={() => history.back()}
      extra={
        canAccess(viewer.permissions, 'ManageEmployee') && e.status !== 'INACTIVE' ? (
          <Popconfirm
            title={t('employee.confirmDeactivate')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() =>
              deactivate({ variables: { id: e.id } }).then(
                () => void message.success(t('common.saved')),
                (err: unknown) => void message.error(errorMessage(err)),
              )
            }
          >
            <Button danger loading={deactivation.loading}>
              {t('employee.deactivate')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('employee.detail')}>
          <Descriptions column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('employee.employeeNo')}>{e.employeeNo}</Descriptions.Item>
            <Descriptions.Item label={t('employee.status')}>
              <ToneTag tone={EMPLOYEE_STATUS_TONE[e.status]}>{t(`status.${e.status}`)}</ToneTag>
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.unit')}>
              <Link to={`/org?unit=${e.unit.id}`}>{path}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.position')}>{pick(e.position.title, e.position.titleEn)}</Descriptions.Item>
            <Descriptions.Item label={t('employee.manager')}>
              {e.manager ? <Link to={`/employees/${e.manager.id}`}>{`${e.manager.name} (${e.manager.employeeNo})`}</Link> : t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('employee.hireDate')}>{e.hireDate}</Descriptions.Item>
            <Descriptions.Item label={t('employee.email')}>{e.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('employee.phone')}>{e.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('position.summary')} span={2}>
              {e.position.summary || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('employee.absences')} size="small">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={e.absences}
            columns={[
              { title: t('employee.period'), key: 'period', render: (_, a) => `${a.startsAt.slice(0, 10)} – ${a.endsAt.slice(0, 10)}` },
              { title: t('employee.deputy'), key: 'deputy', render: (_, a) => <Link to={`/employees/${a.deputy.id}`}>{a.deputy.name}</Link> },
              { title: t('employee.reason'), dataIndex: 'reason' },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
