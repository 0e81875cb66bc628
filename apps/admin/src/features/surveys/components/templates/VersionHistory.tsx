import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Table, Tabs, type TableColumnsType } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { SurveyTemplateVersionFieldsFragment } from '../../../../gql/graphql';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { VersionContents } from './VersionContents';
import { TemplatePreview } from './TemplatePreview';

export type TemplateVersion = SurveyTemplateVersionFieldsFragment;

const minute = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

interface Props {
  code: string;
  /** Newest first, as the API lists them. */
  versions: readonly TemplateVersion[];
  latestVersion: number;
}

/** Every published version of a template, each viewable read-only with its customer preview. */
export function VersionHistory({ code, versions, latestVersion }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<TemplateVersion | null>(null);

  const columns: TableColumnsType<TemplateVersion> = [
    {
      title: t('surveyTpl.currentVersion'),
      key: 'version',
      render: (_, v) => (
        <>
          {t('surveyTpl.versionN', { n: v.version })} {v.version === latestVersion ? <ToneTag tone="success">{t('surveyTpl.inUse')}</ToneTag> : null}
        </>
      ),
    },
    { title: t('surveyTpl.publishedAt'), key: 'publishedAt', render: (_, v) => minute(v.publishedAt) },
    { title: t('surveyTpl.publishedBy'), dataIndex: 'publishedBy', key: 'publishedBy' },
    { title: t('surveyTpl.note'), key: 'note', render: (_, v) => v.note ?? '—' },
    { title: t('surveyTpl.itemCount'), key: 'items', align: 'right', render: (_, v) => v.items.length },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, v) => (
        <Button size="small" icon={<EyeOutlined />} aria-label={t('surveyTpl.viewVersion', { n: v.version })} onClick={() => setOpen(v)} data-testid={`tpl-view-version-${v.version}`}>
          {t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Table<TemplateVersion> rowKey="id" size="small" columns={columns} dataSource={[...versions]} pagination={false} data-testid="tpl-history" />
      <Drawer
        open={!!open}
        size="large"
        destroyOnHidden
        title={open ? t('surveyTpl.versionOf', { code, n: open.version }) : null}
        onClose={() => setOpen(null)}
        data-testid="tpl-version-drawer"
      >
        {open ? (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('surveyTpl.versionReadOnly')} />
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'at', label: t('surveyTpl.publishedAt'), children: minute(open.publishedAt) },
                { key: 'by', label: t('surveyTpl.publishedBy'), children: open.publishedBy },
                { key: 'note', label: t('surveyTpl.note'), children: open.note ?? '—' },
              ]}
            />
            <Tabs
              items={[
                { key: 'contents', label: t('surveyTpl.contents'), children: <VersionContents version={open} testId="tpl-version-items" /> },
                { key: 'preview', label: t('surveyTpl.preview'), children: <TemplatePreview version={open} scope={`v${open.version}`} /> },
              ]}
            />
          </>
        ) : null}
      </Drawer>
    </>
  );
}
