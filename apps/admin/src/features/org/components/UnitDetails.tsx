import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Descriptions, Empty, List, Space, Statistic, Table, Typography } from 'antd';
import type { EmployeeStatus, UnitEmployeesQuery } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { ToneTag } from '../../../shared/components';
import { EMPLOYEE_STATUS_TONE } from '../../../shared/constants/tones';
import type { ChartNode } from '../tree';

type UnitEmployee = NonNullable<UnitEmployeesQuery['orgUnit']>['employees']['nodes'][number];

interface Props {
  unit: ChartNode;
  subUnits: readonly ChartNode[];
  employees: readonly UnitEmployee[];
  employeesTotal: number;
  employeesLoading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onSelectUnit: (id: string) => void;
  /** Buttons the page shows for the viewer's rights. */
  actions?: ReactNode;
}

export function UnitDetails(props: Props) {
  const { unit, subUnits, employees, employeesTotal, employeesLoading, page, pageSize } = props;
  const { t, pick } = useI18n();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<span data-testid="unit-title">{pick(unit.name, unit.nameEn)}</span>} extra={props.actions}>
        <Space size="large" wrap style={{ marginBottom: 16 }}>
          <Statistic title={t('org.headcount')} value={unit.headcount} />
          <Statistic title={t('org.directHeadcount')} value={unit.directHeadcount} />
          <Statistic title={t('org.vacancies')} value={unit.vacancies} />
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('org.head')}>
            {unit.head ? <Link to={`/employees/${unit.head.id}`}>{`${unit.head.name} (${unit.head.employeeNo})`}</Link> : t('org.noHead')}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.code')}>{unit.code}</Descriptions.Item>
          <Descriptions.Item label={t('org.kind')}>{t(`kind.${unit.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('org.function')}>{unit.function ? t(`function.${unit.function}`) : t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('org.seats')} size="small">
        <Table
          size="small"
          rowKey="positionId"
          pagination={false}
          dataSource={unit.positions}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            { title: t('employee.position'), dataIndex: 'title', render: (title: string, s) => (s.isHead ? <Space>{title}<ToneTag tone="info">{t('position.isHead')}</ToneTag></Space> : title) },
            { title: t('org.planned'), dataIndex: 'planned', align: 'right' },
            { title: t('org.filled'), dataIndex: 'filled', align: 'right' },
            {
              title: t('org.vacancies'),
              dataIndex: 'vacancies',
              align: 'right',
              render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
            },
          ]}
        />
      </Card>

      {subUnits.length > 0 ? (
        <Card title={t('org.subUnits')} size="small">
          <List
            size="small"
            dataSource={subUnits as ChartNode[]}
            renderItem={(child) => (
              <List.Item
                actions={[
                  <span key="h">{t('org.summary', { h: child.headcount, v: child.vacancies })}</span>,
                ]}
              >
                <Typography.Link onClick={() => props.onSelectUnit(child.id)}>{pick(child.name, child.nameEn)}</Typography.Link>
              </List.Item>
            )}
          />
        </Card>
      ) : null}

      <Card title={t('org.employees')} size="small">
        <Table
          size="small"
          rowKey="id"
          loading={employeesLoading}
          dataSource={employees as UnitEmployee[]}
          pagination={{
            current: page,
            pageSize,
            total: employeesTotal,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { n }),
            onChange: props.onPageChange,
          }}
          columns={[
            { title: t('employee.employeeNo'), dataIndex: 'employeeNo', width: 120 },
            { title: t('employee.name'), dataIndex: 'name', render: (name: string, e) => <Link to={`/employees/${e.id}`}>{name}</Link> },
            { title: t('employee.position'), key: 'position', render: (_, e) => pick(e.position.title, e.position.titleEn) },
            { title: t('employee.unit'), key: 'unit', render: (_, e) => pick(e.unit.name, e.unit.nameEn) },
            { title: t('employee.status'), dataIndex: 'status', render: (s: EmployeeStatus) => <ToneTag tone={EMPLOYEE_STATUS_TONE[s]}>{t(`status.${s}`)}</ToneTag> },
          ]}
        />
      </Card>
    </Space>
  );
}
