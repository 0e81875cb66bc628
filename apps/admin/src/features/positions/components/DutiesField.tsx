import { Button, Flex, Form, Input } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../../shared/i18n';

/** The duties (崗位職責) of a job description as an ordered, editable list, under `name`. */
export function DutiesField({ name = 'duties' }: { name?: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={4} align="baseline">
              <span aria-hidden style={{ minWidth: 20, textAlign: 'right' }}>{`${index + 1}.`}</span>
              <Form.Item name={field.name} rules={[{ required: true, whitespace: true, message: t('employee.required') }]} style={{ flex: 1, marginBottom: 8 }}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={t('position.dutyN', { n: index + 1 })} data-testid={`duty-${index}`} />
              </Form.Item>
              <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('position.dutyUp')} disabled={index === 0} onClick={() => move(index, index - 1)} />
              <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('position.dutyDown')} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block data-testid="duty-add">
            {t('position.addDuty')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
