import { Button, Form, Select, TreeSelect, Upload } from 'antd';
import { FileSearchOutlined, PaperClipOutlined } from '@ant-design/icons';
import { FormAlert } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';

export interface ImportFileValues {
  file: File;
  encoding: 'AUTO' | 'UTF8' | 'GBK' | 'BIG5';
  defaultStationId: string;
}

interface Props {
  stations: UnitOption[];
  loading: boolean;
  error?: string | null;
  onSubmit: (values: ImportFileValues) => void;
}

const ENCODINGS = ['UTF8', 'GBK', 'BIG5'] as const;
const ENCODING_LABEL: Record<(typeof ENCODINGS)[number], string> = { UTF8: 'UTF-8', GBK: 'GBK(简体)', BIG5: 'Big5(繁體)' };

/** The first step of an import: the file stays in the browser until the page sends it. */
export function ImportFileForm({ stations, loading, error, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ files?: { originFileObj?: File }[]; encoding: ImportFileValues['encoding']; defaultStationId: string }>();
  return (
    <Form
      form={form}
      name="import"
      layout="vertical"
      style={{ maxWidth: 560 }}
      initialValues={{ encoding: 'AUTO' }}
      onFinish={(v) => {
        const file = v.files?.[0]?.originFileObj;
        if (file) onSubmit({ file, encoding: v.encoding, defaultStationId: v.defaultStationId });
      }}
    >
      <FormAlert error={error} />
      <Form.Item
        name="files"
        label={t('import.file')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)}
        rules={[{ required: true, message: t('import.fileRequired') }]}
      >
        {/* Nothing uploads on its own: the page reads the file and sends it in the GraphQL request. */}
        <Upload accept=".csv,.xlsx" maxCount={1} beforeUpload={() => false}>
          <Button icon={<PaperClipOutlined />}>{t('import.pick')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="encoding" label={t('import.encoding')}>
        <Select
          aria-label={t('import.encoding')}
          options={[{ value: 'AUTO', label: t('import.encodingAuto') }, ...ENCODINGS.map((e) => ({ value: e, label: ENCODING_LABEL[e] }))]}
        />
      </Form.Item>
      <Form.Item name="defaultStationId" label={t('import.defaultStation')} rules={[{ required: true, message: t('common.required') }]}>
        <TreeSelect treeData={stations} showSearch treeNodeFilterProp="path" aria-label={t('import.defaultStation')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<FileSearchOutlined />} loading={loading} data-testid="check-import">
        {t('import.check')}
      </Button>
    </Form>
  );
}
