import { useMemo } from 'react';
import { Form, TreeSelect } from 'antd';
import { ModalForm, type FormModalProps } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../tree';

export interface MoveUnitValues {
  newParentId: string;
}

interface Props extends FormModalProps<MoveUnitValues> {
  unitName: string;
  currentParentId: string | null;
  units: UnitOption[];
}

const FIELDS = ['newParentId'] as const;

/*
 * The unit's own subtree stays selectable on purpose: the server is the one that knows the
 * tree as it is now (another admin may have moved units since this page loaded), and its
 * refusal explains which unit makes the cycle.
 */
export function MoveUnitForm({ unitName, currentParentId, units, ...modal }: Props) {
  const { t } = useI18n();
  const initialValues = useMemo(() => (currentParentId ? { newParentId: currentParentId } : undefined), [currentParentId]);

  return (
    <ModalForm<MoveUnitValues>
      {...modal}
      title={`${t('org.move')} · ${unitName}`}
      name="moveUnit"
      fields={FIELDS}
      initialValues={initialValues}
    >
      <Form.Item name="newParentId" label={t('org.newParent')} rules={[{ required: true, message: t('employee.required') }]}>
        <TreeSelect aria-label={t('org.newParent')} treeData={units} showSearch treeNodeFilterProp="path" treeDefaultExpandAll />
      </Form.Item>
    </ModalForm>
  );
}
