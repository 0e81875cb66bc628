import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, type FormInstance } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TierBadge } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { newTier, type Draft } from '../tierDraft';

interface Props {
  form: FormInstance<Draft>;
  disabled?: boolean;
  onValuesChange: (values: Draft) => void;
}

const money = { min: '0', precision: 2, stringMode: true, style: { width: '100%' } } as const;
const whole = { min: 0, precision: 0, style: { width: '100%' } } as const;

/**
 * The draft tier list. Ranks are the order on screen (first = rank 1, the lowest): moving a
 * card moves its rank, so two tiers can never share one.
 */
export function TierRulesForm({ form, disabled, onValuesChange }: Props) {
  const { t, locale } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('tiers.required') }];

  return (
    <Form<Draft> form={form} name="tierRules" layout="vertical" disabled={disabled} onValuesChange={(_, all) => onValuesChange(all)}>
      <Form.Item name="windowDays" label={t('tiers.windowDays')} extra={t('tiers.windowHint')} rules={[{ required: true, message: t('tiers.required') }]}>
        <InputNumber min={1} max={3650} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.List
        name="tiers"
        rules={[{ validator: async (_, tiers?: unknown[]) => (tiers?.length ? undefined : Promise.reject(new Error(t('tiers.empty')))) }]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {fields.map((field, index) => {
              const current = form.getFieldValue(['tiers', field.name]) as Draft['tiers'][number] | undefined;
              return (
                <Card
                  key={field.key}
                  size="small"
                  data-testid={`tier-card-${index}`}
                  title={
                    <Space>
                      <span>{t('tiers.rank', { n: index + 1 })}</span>
                      {current?.name ? <TierBadge tier={{ ...current, code: current.code ?? '' }} locale={locale} /> : null}
                    </Space>
                  }
                  extra={
                    <Space size={4}>
                      <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('tiers.up')} title={t('tiers.up')} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                      <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('tiers.down')} title={t('tiers.down')} disabled={index === 0} onClick={() => move(index, index - 1)} />
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('tiers.remove')} title={t('tiers.remove')} onClick={() => remove(field.name)} />
                    </Space>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'code']} label={t('tiers.code')} rules={required}>
                        <Input autoComplete="off" style={{ textTransform: 'uppercase' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'name']} label={t('tiers.name')} rules={required}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'nameZhHans']} label={t('tiers.nameZhHans')} rules={required}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={[field.name, 'nameEn']} label={t('tiers.nameEn')} rules={required}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2}>
                      <Form.Item name={[field.name, 'color']} label={t('tiers.color')}>
                        <Input type="color" style={{ padding: 2, height: 32 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={16}>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'minLifetimeSpend']} label={t('tiers.minLifetimeSpend')}>
                        <InputNumber<string> {...money} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'minWindowSpend']} label={t('tiers.minWindowSpend')}>
                        <InputNumber<string> {...money} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'minWindowPurchases']} label={t('tiers.minWindowPurchases')}>
                        <InputNumber {...whole} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'maxDaysSinceLastPurchase']} label={t('tiers.maxDaysSinceLastPurchase')}>
                        <InputNumber {...whole} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={16}>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'pointsMultiplier']} label={t('tiers.pointsMultiplier')}>
                        <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'servicePriority']} label={t('tiers.servicePriority')}>
                        <InputNumber {...whole} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'birthdayBonusPoints']} label={t('tiers.birthdayBonusPoints')}>
                        <InputNumber {...whole} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[field.name, 'graceDays']} label={t('tiers.graceDays')}>
                        <InputNumber {...whole} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'memberOffers']} label={t('tiers.memberOffers')} extra={t('tiers.memberOffersHint')}>
                        <Select mode="tags" open={false} suffixIcon={null} aria-label={t('tiers.memberOffers')} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newTier())} block data-testid="add-tier">
              {t('tiers.add')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form>
  );
}
