import { Form, Input, Radio, Space } from 'antd';
import type { ComplaintTriage } from '../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';

export interface TriageValues {
  triage: ComplaintTriage;
  note: string;
}

const TRIAGES: readonly ComplaintTriage[] = ['NOT_OURS', 'SOLVED_BY_SERVICE', 'NEEDS_OTHER_UNITS'];
const FIELDS = ['triage', 'note'] as const;

/** R-SVC-4: whose the complaint is; needing other units sends a handling form to quality control. */
export function TriageForm(props: FormModalProps<TriageValues>) {
  const { t } = useI18n();
  return (
    <ModalForm<TriageValues> {...props} title={t('sd.step.triage')} okText={t('sd.step.triage')} name="triage" fields={FIELDS} width={560}>
      <Form.Item name="triage" label={t('sd.triage.label')} rules={[{ required: true, message: t('common.required') }]}>
        <Radio.Group>
          <Space orientation="vertical">
            {TRIAGES.map((v) => (
              <Radio key={v} value={v}>
                <div>{t(`sd.note.${v}`)}</div>
                <div style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t(`sd.triage.${v}`)}</div>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('sd.triage.note')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </ModalForm>
  );
}
