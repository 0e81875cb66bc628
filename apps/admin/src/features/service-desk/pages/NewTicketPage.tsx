import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Descriptions, Result } from 'antd';
import type { OpenTicketMutation } from '../../../gql/graphql';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { OpenTicketDocument } from '../graphql/service-desk.operations';
import { useCustomerSearch } from '../useCustomerSearch';
import { TicketForm, type TicketFormValues } from '../components/TicketForm';
import { minute } from '../../../shared/dates';

type Opened = OpenTicketMutation['openTicket'];

const trimmed = (s: string | undefined) => s?.trim() || null;

/** Opens a case (R-SVC-1) and tells the agent the reply time to give the customer (R-SVC-10). */
export default function NewTicketPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canPickCustomer = canAccess(viewer.permissions, 'ReadCustomer');
  const customers = useCustomerSearch(!canPickCustomer);
  const chart = useQuery(OrgChartDocument, { skip: !canAccess(viewer.permissions, 'ReadOrgUnit') });
  const units = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const serverErrors = useServerErrors();
  const [openTicket, opening] = useMutation(OpenTicketDocument);
  const [opened, setOpened] = useState<Opened | null>(null);
  // A fresh form (and its state) for the next case after one was opened.
  const [round, setRound] = useState(0);

  async function submit(v: TicketFormValues) {
    serverErrors.clear();
    try {
      const fromCrm = v.who === 'customer';
      const { data } = await openTicket({
        variables: {
          input: {
            kind: v.kind,
            channel: v.channel,
            severity: v.severity,
            customerId: fromCrm ? (v.customerId ?? null) : null,
            contactName: fromCrm ? null : trimmed(v.contactName),
            contactPhone: fromCrm ? null : trimmed(v.contactPhone),
            subject: v.subject.trim(),
            content: v.content.trim(),
            product: trimmed(v.product),
            problemAt: v.problemAt ? v.problemAt.toISOString() : null,
            problemPlace: trimmed(v.problemPlace),
            unitId: v.unitId ?? null,
            promisedAt: v.promisedAt ? v.promisedAt.toISOString() : null,
          },
        },
      });
      if (data) setOpened(data.openTicket);
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  if (opened) {
    return (
      <PageContainer title={t('sd.new.title')}>
        <Card>
          <Result
            status="success"
            title={<span data-testid="opened-number">{t('sd.new.opened', { number: opened.number })}</span>}
            subTitle={t('sd.new.tellCustomer')}
            extra={[
              <Button key="open" type="primary" onClick={() => void navigate(`/tickets/${opened.id}`)} data-testid="open-opened">
                {t('sd.new.openCase')}
              </Button>,
              <Button key="another" onClick={() => (setOpened(null), setRound((n) => n + 1))}>
                {t('sd.new.another')}
              </Button>,
              <Link key="queue" to="/tickets">
                {t('sd.queue.title')}
              </Link>,
            ]}
          >
            {/* R-SVC-10: the time limit stated to the customer is the one the API set from the SLA. */}
            <Descriptions column={1} bordered size="small" data-testid="promised-reply">
              <Descriptions.Item label={t('sd.target.FIRST_RESPONSE')}>
                <span data-testid="first-response-due">{minute(opened.firstResponseDueAt)}</span>
              </Descriptions.Item>
              {opened.promisedAt ? <Descriptions.Item label={t('sd.promisedAt')}>{minute(opened.promisedAt)}</Descriptions.Item> : null}
              <Descriptions.Item label={t('sd.target.RESOLUTION')}>{minute(opened.resolutionDueAt)}</Descriptions.Item>
            </Descriptions>
          </Result>
        </Card>
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t('sd.new.title')}>
      <TicketForm
        key={round}
        customers={customers}
        canPickCustomer={canPickCustomer}
        units={units}
        errors={serverErrors.errors}
        formError={serverErrors.formError}
        loading={opening.loading}
        onSubmit={(v) => void submit(v)}
        onCancel={() => void navigate('/tickets')}
      />
    </PageContainer>
  );
}
