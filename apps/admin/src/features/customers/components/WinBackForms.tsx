import { Form, Input, InputNumber, Select } from 'antd';
import type { WinBackStatus } from '../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { WIN_BACK_STATUSES } from '../constants';

// Module-level, as ModalForm asks: a new array each render would re-apply server errors every time.
const CREATE_FIELDS = ['days', 'dueInDays'] as const;
const UPDATE_FIELDS = ['status', 'note'] as const;

export interface CreateWinBackValues {
  days: number;
  dueInDays: number;
}

export function CreateWinBackForm(props: FormModalProps<CreateWinBackValues> & { initialValues?: CreateWinBackValues }) {
  const { t } = useI18n();
  return (
    <ModalForm<CreateWinBackValues> {...props} title={t('winBack.create')} name="winBackCreate" fields={CREATE_FIELDS} okText={t('common.create')}>
      <Form.Item name="days" label={t('winBack.days')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueInDays" label={t('winBack.dueInDays')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </ModalForm>
  );
}

export interface UpdateWinBackValues {
  status: WinBackStatus;
  note?: string;
}

export function UpdateWinBackForm(props: FormModalProps<UpdateWinBackValues> & { title: string; initialValues?: UpdateWinBackValues }) {
  const { t } = useI18n();
  return (
    <ModalForm<UpdateWinBackValues> {...props} name="winBack" fields={UPDATE_FIELDS}>
      <Form.Item name="status" label={t('winBack.status')}>
        <Select aria-label={t('winBack.status')} options={WIN_BACK_STATUSES.map((s) => ({ value: s, label: t(`winBackStatus.${s}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('winBack.note')}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </ModalForm>
  );
}
