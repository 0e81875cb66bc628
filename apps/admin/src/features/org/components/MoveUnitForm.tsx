import { useEffect } from 'react';
import { Form, Modal, TreeSelect } from 'antd';
import { FormAlert } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../tree';

export interface MoveUnitValues {
  newParentId: string;
}

interface Props {
  open: boolean;
  unitName: string;
  currentParentId: string | null;
  units: UnitOption[];
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: MoveUnitValues) => void;
  onCancel: () => void;
}

const FIELDS = ['newParentId'] as const;

/*
 * The unit's own subtree stays selectable on purpose: the server is the one that knows the
 * tree as it is now (another admin may have moved units since this page loaded), and its
 * refusal explains which unit makes the cycle.
 */
export function MoveUnitForm({ open, unitName, currentParentId, units, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<MoveUnitValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (currentParentId) form.setFieldsValue({ newParentId: currentParentId });
  }, [open, currentParentId, form]);

  const unknown = useFieldErrors(form, FIELDS, errors);

  return (
    <Modal
      open={open}
      title={`${t('org.move')} · ${unitName}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<MoveUnitValues> form={form} name="moveUnit" layout="vertical" onFinish={onSubmit}>
        <FormAlert error={formError} unknown={unknown} />
        <Form.Item name="newParentId" label={t('org.newParent')} rules={[{ required: true, message: t('employee.required') }]}>
          <TreeSelect aria-label={t('org.newParent')} treeData={units} showSearch treeNodeFilterProp="path" treeDefaultExpandAll />
        </Form.Item>
      </Form>
    </Modal>
  );
}
