import { Form, Radio, Select } from 'antd';
import type { ExportFormat, PreferredLanguage } from '../../../gql/graphql';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { PREFERRED_LANGUAGES } from '../constants';

export interface ExportValues {
  format: ExportFormat;
  language: PreferredLanguage;
}

interface Props extends FormModalProps<ExportValues> {
  initialValues: ExportValues;
}

export function ExportForm(props: Props) {
  const { t } = useI18n();
  return (
    <ModalForm<ExportValues> {...props} title={t('customer.exportTitle')} name="export" okText={t('customer.export')}>
      <Form.Item name="format" label={t('customer.exportFormat')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'XLSX', label: 'Excel (.xlsx)' },
            { value: 'CSV', label: 'CSV' },
          ]}
        />
      </Form.Item>
      <Form.Item name="language" label={t('customer.exportLanguage')}>
        <Select aria-label={t('customer.exportLanguage')} options={PREFERRED_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
      </Form.Item>
    </ModalForm>
  );
}
