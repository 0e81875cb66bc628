import { Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Severity, TicketChannel, TicketKind } from '../../../gql/graphql';
import { FormAlert, SearchSelect, type SearchSource } from '../../../shared/components';
import { useFieldErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import type { UnitOption } from '../../org';
import { CHANNELS, SEVERITIES, TICKET_KINDS } from '../constants';

export interface TicketFormValues {
  kind: TicketKind;
  channel: TicketChannel;
  /** A customer file, or a walk-in contact linked to a file later (R-SVC-1). */
  who: 'customer' | 'contact';
  customerId?: string;
  contactName?: string;
  contactPhone?: string;
  subject: string;
  content: string;
  product?: string;
  problemAt?: Dayjs | null;
  problemPlace?: string;
  severity: Severity;
  unitId?: string;
  promisedAt?: Dayjs | null;
}

interface Props {
  customers: SearchSource;
  /** False without ReadCustomer: only walk-in contacts can be recorded. */
  canPickCustomer: boolean;
  units: UnitOption[];
  errors: Record<string, string>;
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: TicketFormValues) => void;
  onCancel: () => void;
}

const FIELDS = ['kind', 'channel', 'customerId', 'contactName', 'contactPhone', 'subject', 'content', 'product', 'problemAt', 'problemPlace', 'severity', 'unitId', 'promisedAt'] as const;

/** R-SVC-1, R-SVC-3: every contact records who, how, what; a complaint also when, where and which product. */
export function TicketForm({ customers, canPickCustomer, units, errors, formError, loading, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<TicketFormValues>();
  const who = Form.useWatch('who', form) ?? (canPickCustomer ? 'customer' : 'contact');
  const unknown = useFieldErrors(form, FIELDS, errors);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];

  return (
    <Form<TicketFormValues>
      form={form}
      name="ticket"
      layout="vertical"
      onFinish={onSubmit}
      initialValues={{ kind: 'INQUIRY', channel: 'PHONE', severity: 'MEDIUM', who: canPickCustomer ? 'customer' : 'contact' }}
    >
      <FormAlert error={formError} unknown={unknown} />
      <Row gutter={[24, 0]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('sd.new.contact')} style={{ marginBottom: 16 }}>
            <Form.Item name="kind" label={t('sd.kind')} rules={required}>
              <Radio.Group optionType="button" options={TICKET_KINDS.map((k) => ({ value: k, label: t(`sd.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="channel" label={t('sd.channel')} rules={required}>
              <Select<TicketChannel> options={CHANNELS.map((c) => ({ value: c, label: t(`sd.channel.${c}`) }))} aria-label={t('sd.channel')} />
            </Form.Item>
            <Form.Item name="who" label={t('sd.customer')}>
              <Radio.Group
                options={[
                  { value: 'customer', label: t('sd.new.fromCrm'), disabled: !canPickCustomer },
                  { value: 'contact', label: t('sd.new.walkIn') },
                ]}
              />
            </Form.Item>
            {who === 'customer' ? (
              <Form.Item name="customerId" label={t('sd.new.customerFile')} rules={[{ required: true, message: t('common.required') }]} extra={t('sd.new.customerHint')}>
                <SearchSelect source={customers} allowClear placeholder={t('sd.new.customerPlaceholder')} aria-label={t('sd.new.customerFile')} />
              </Form.Item>
            ) : (
              <>
                <Form.Item name="contactName" label={t('sd.contactName')} rules={required}>
                  <Input autoComplete="off" maxLength={100} />
                </Form.Item>
                <Form.Item name="contactPhone" label={t('sd.contactPhone')}>
                  <Input autoComplete="off" maxLength={30} inputMode="tel" />
                </Form.Item>
              </>
            )}
            <Form.Item name="severity" label={t('sd.severity')} rules={required}>
              <Radio.Group optionType="button" options={SEVERITIES.map((s) => ({ value: s, label: t(`sd.severity.${s}`) }))} />
            </Form.Item>
            <Form.Item name="unitId" label={t('sd.new.unit')} extra={t('sd.new.unitHint')}>
              <TreeSelect treeData={units} allowClear showSearch treeNodeFilterProp="path" aria-label={t('sd.new.unit')} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('sd.new.problem')} style={{ marginBottom: 16 }}>
            <Form.Item name="subject" label={t('sd.subject')} rules={required}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
            <Form.Item name="content" label={t('sd.content')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={5000} />
            </Form.Item>
            <Form.Item name="product" label={t('sd.product')}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item name="problemAt" label={t('sd.problemAt')}>
                  <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="problemPlace" label={t('sd.problemPlace')}>
                  <Input autoComplete="off" maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="promisedAt" label={t('sd.promisedAt')} extra={t('sd.new.promisedHint')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="open-ticket">
          {t('sd.new.submit')}
        </Button>
        <Button style={{ marginLeft: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Form.Item>
    </Form>
  );
}
