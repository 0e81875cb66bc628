import { Button, Card, DatePicker, Form, Input, InputNumber, List, Select, Space, Switch, Tag, Typography, Upload, type FormInstance, type UploadFile } from 'antd';
import { SendOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { FormAlert } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { parseMoney } from '../../../shared/money';
import type { FieldDef, FormValues } from '../fields';
import { choiceLabel, fieldLabel } from '../labels';
import { AttachmentList, type AttachmentItem } from './DocumentDetails';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface PreviewRow {
  key: string;
  name: string;
  applies: boolean;
  approverName: string | null;
}

interface Props {
  form: FormInstance<FormValues>;
  fields: readonly FieldDef[];
  /** Field keys, a stable array: where server issues land. */
  fieldKeys: readonly string[];
  /** Immutable fields of a document already submitted once (R-FLOW-2). */
  lockedKeys: ReadonlySet<string>;
  errors: Record<string, string>;
  formError?: string | null;
  files: UploadFile[];
  onFilesChange: (files: UploadFile[]) => void;
  attachments: readonly AttachmentItem[];
  onDownload: (a: AttachmentItem) => void;
  preview: PreviewRow[] | null;
  previewStale: boolean;
  previewing: boolean;
  onPreview: (values: FormValues) => void;
  saving: boolean;
  submitting: boolean;
  onSave: (values: FormValues) => void;
  onSubmit: (values: FormValues) => void;
  onValuesChange: () => void;
}

/**
 * One form for every document kind, built from the fields its definition declares (R-FLOW-1):
 * a kind published tomorrow needs no new screen. Antd names the inputs `document_<key>`.
 */
export function DocumentForm(props: Props) {
  const { t, locale } = useI18n();
  const { form, fields } = props;
  const unknown = useFieldErrors(form, props.fieldKeys, props.errors);

  const input = (f: FieldDef) => {
    const locked = props.lockedKeys.has(f.key);
    switch (f.type) {
      case 'MONEY':
        return <Input inputMode="decimal" autoComplete="off" disabled={locked} placeholder="0.00" />;
      case 'NUMBER':
        return <InputNumber min={0} style={{ width: '100%' }} disabled={locked} />;
      case 'DATE':
        return <DatePicker style={{ width: '100%' }} disabled={locked} />;
      case 'BOOLEAN':
        return <Switch disabled={locked} />;
      case 'CHOICE':
        return (
          <Select
            disabled={locked}
            aria-label={fieldLabel(f, t, locale)}
            options={(f.choices ?? []).map((c) => ({ value: c, label: choiceLabel(c, t) }))}
          />
        );
      default:
        return <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} disabled={locked} />;
    }
  };

  const rules = (f: FieldDef) => {
    const label = fieldLabel(f, t, locale);
    const out: object[] = [];
    // `whitespace` only on text: any key beyond required/message makes the validator type the
    // rule as a string, and a picked date or number would then fail it.
    if (f.required && f.type !== 'BOOLEAN') {
      const message = t('document.fieldRequired', { label });
      out.push(f.type === 'TEXT' || f.type === 'MONEY' ? { required: true, whitespace: true, message } : { required: true, message });
    }
    if (f.type === 'MONEY') {
      out.push({
        validator: (_: unknown, value: unknown) =>
          value == null || String(value).trim() === '' || parseMoney(String(value)) !== null ? Promise.resolve() : Promise.reject(new Error(t('document.moneyInvalid'))),
      });
    }
    return out;
  };

  const tooLarge = props.files.filter((f) => (f.size ?? 0) > MAX_FILE_BYTES);

  return (
    <Form<FormValues> form={form} name="document" layout="vertical" onValuesChange={props.onValuesChange} onFinish={props.onSubmit}>
      <FormAlert error={props.formError} unknown={unknown} />
      {fields.map((f) => (
        <Form.Item
          key={f.key}
          name={f.key}
          label={fieldLabel(f, t, locale)}
          rules={rules(f)}
          valuePropName={f.type === 'BOOLEAN' ? 'checked' : 'value'}
          extra={[f.type === 'MONEY' ? t('document.moneyHint') : null, f.immutable ? t('document.immutableHint') : null].filter(Boolean).join(' · ') || undefined}
        >
          {input(f)}
        </Form.Item>
      ))}

      <Form.Item label={t('document.attachments')} extra={t('document.uploadHint')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {props.attachments.length ? <AttachmentList attachments={props.attachments} onDownload={props.onDownload} /> : null}
          <Upload
            multiple
            fileList={props.files}
            beforeUpload={() => false}
            onChange={({ fileList }) => props.onFilesChange(fileList)}
          >
            <Button icon={<UploadOutlined />} data-testid="choose-files">
              {t('document.upload')}
            </Button>
          </Upload>
          {tooLarge.map((f) => (
            <Typography.Text key={f.uid} type="danger">
              {t('document.fileTooLarge', { name: f.name })}
            </Typography.Text>
          ))}
        </Space>
      </Form.Item>

      <Card size="small" style={{ marginBottom: 16 }} title={t('document.preview')} data-testid="approver-preview">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button icon={<TeamOutlined />} loading={props.previewing} onClick={() => props.onPreview(form.getFieldsValue(true))} data-testid="preview-approvers">
            {t('document.preview')}
          </Button>
          {props.preview ? (
            <>
              <Typography.Text type="secondary">{props.previewStale ? t('document.previewStale') : t('document.previewTitle')}</Typography.Text>
              <List
                size="small"
                dataSource={props.preview}
                renderItem={(row, i) => (
                  <List.Item>
                    <Space>
                      <span>{t('process.def.step', { n: i + 1 })}</span>
                      <strong>{row.name}</strong>
                      {!row.applies ? (
                        <Tag>{t('document.previewSkipped')}</Tag>
                      ) : row.approverName ? (
                        <span data-testid="preview-approver">{row.approverName}</span>
                      ) : (
                        <Typography.Text type="danger">{t('document.previewNobody')}</Typography.Text>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
            </>
          ) : null}
        </Space>
      </Card>

      <Space>
        <Button onClick={() => props.onSave(form.getFieldsValue(true))} loading={props.saving} disabled={props.submitting || tooLarge.length > 0} data-testid="save-draft">
          {t('document.saveDraft')}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={props.submitting} disabled={props.saving || tooLarge.length > 0} data-testid="submit-document">
          {t('document.submit')}
        </Button>
      </Space>
    </Form>
  );
}
