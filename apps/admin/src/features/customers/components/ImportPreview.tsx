import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { DownloadOutlined, ImportOutlined, RedoOutlined } from '@ant-design/icons';
import type { CustomerImportFieldsFragment } from '../../../gql/graphql';
import { useI18n, localiseImportIssue, type MessageKey } from '../../../shared/i18n';

type Job = CustomerImportFieldsFragment;
type Issue = Job['issues'][number];
type SampleRow = Job['sample'][number];

interface Props {
  job: Job;
  onDownloadErrors: () => void;
  onRun: () => void;
  onRestart: () => void;
}

const FIELDS = new Set(['code', 'name', 'phones', 'email', 'birthday', 'address', 'preferredLanguage', 'preferredChannel', 'tags', 'preferences', 'marketingConsent', 'homeStationCode']);

export function ImportPreview({ job, onDownloadErrors, onRun, onRestart }: Props) {
  const { t, locale } = useI18n();
  const fieldLabel = (field: string | null) => (field == null ? t('import.ignored') : FIELDS.has(field) ? t(`importField.${field}` as MessageKey) : field);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="import-summary">
        <Descriptions.Item label={t('import.file')}>{job.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('import.format')}>{job.format}</Descriptions.Item>
        <Descriptions.Item label={t('import.detected')}>{job.encoding ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('import.totalRows')}>{job.totalRows}</Descriptions.Item>
        <Descriptions.Item label={t('import.validRows')}>{job.validRows}</Descriptions.Item>
        <Descriptions.Item label={t('import.errorRows')}>{job.errorRows}</Descriptions.Item>
      </Descriptions>

      <Space wrap>
        <Button type="primary" icon={<ImportOutlined />} disabled={job.validRows === 0} onClick={onRun} data-testid="run-import">
          {job.validRows ? t('import.run', { n: job.validRows }) : t('import.nothing')}
        </Button>
        {job.errorFile ? (
          <Button icon={<DownloadOutlined />} onClick={onDownloadErrors} data-testid="download-import-errors">
            {t('import.downloadErrors')}
          </Button>
        ) : null}
        <Button icon={<RedoOutlined />} onClick={onRestart}>
          {t('import.again')}
        </Button>
      </Space>

      <Card size="small" title={t('import.issues')}>
        {job.issues.length ? (
          <Table<Issue>
            size="small"
            rowKey={(i) => `${i.row}-${i.column}-${i.code}`}
            dataSource={job.issues}
            pagination={job.issues.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            data-testid="import-issues"
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 70 },
              { title: t('import.column'), dataIndex: 'column', width: 160 },
              { title: t('import.message'), key: 'message', render: (_, i) => <span title={i.message}>{localiseImportIssue(i, locale)}</span> },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('import.noIssues')}</Typography.Text>
        )}
      </Card>

      <Card size="small" title={t('import.columns')}>
        <Table
          size="small"
          rowKey="header"
          pagination={false}
          dataSource={job.columns}
          columns={[
            { title: t('import.header'), dataIndex: 'header' },
            { title: t('import.field'), dataIndex: 'field', render: fieldLabel },
          ]}
        />
      </Card>

      <Card size="small" title={t('import.sample')}>
        <Table<SampleRow>
          size="small"
          rowKey="row"
          pagination={false}
          scroll={{ x: true }}
          dataSource={job.sample}
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 70 },
            { title: t('customer.code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' },
            { title: t('customer.name'), dataIndex: 'name' },
            { title: t('customer.phones'), dataIndex: 'phones', render: (v: string[]) => v.join(', ') || '—' },
            { title: t('customer.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
            { title: t('customer.birthday'), dataIndex: 'birthday', render: (v: string | null) => v ?? '—' },
            { title: t('importField.homeStationCode'), dataIndex: 'homeStationCode', render: (v: string | null) => v ?? '—' },
            { title: t('customer.tags'), dataIndex: 'tags', render: (v: string[]) => v.join('、') || '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
