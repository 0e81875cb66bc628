import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Row, Space, Tabs } from 'antd';
import { ArrowLeftOutlined, CrownOutlined, EditOutlined, GiftOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { CustomerPurchasesQuery } from '../../../gql/graphql';
import { PageError, PageLoading, TierBadge } from '../../../shared/components';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import {
  ClearTierOverrideDocument,
  CustomerDocument,
  CustomerFilterOptionsDocument,
  CustomerLedgerDocument,
  CustomerPurchasesDocument,
  CustomerTimelineDocument,
  OverrideTierDocument,
  RedeemPointsDocument,
  RefundPurchaseDocument,
  RequestPointsAdjustmentDocument,
  UpdateCustomerDocument,
} from '../graphql/customers.operations';
import { CustomerProfile } from '../components/CustomerProfile';
import { CustomerForm, type CustomerFormValues } from '../components/CustomerForm';
import { TierStatusCard } from '../components/TierStatusCard';
import { TierHistory } from '../components/TierHistory';
import { PointsCard } from '../components/PointsCard';
import { PointsForm, type PointsValues } from '../components/PointsForm';
import { OverrideTierForm, type OverrideValues } from '../components/OverrideTierForm';
import { ReasonForm, type ReasonValues } from '../components/ReasonForm';
import { EventList, LedgerTable, PurchasesTable } from '../components/CustomerTables';
import { blankToNull } from '../input';

type Purchase = CustomerPurchasesQuery['customer']['purchases']['nodes'][number];
type Dialog =
  | { kind: 'edit' }
  | { kind: 'override' }
  | { kind: 'clearOverride' }
  | { kind: 'redeem'; idempotencyKey: string }
  | { kind: 'adjust' }
  | { kind: 'refund'; purchase: Purchase };

const PAGE_SIZE = 10;

function usePage() {
  const [page, setPage] = useState(1);
  return { page, pageSize: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, onPage: (p: number) => setPage(p) };
}

export default function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const can = (p: Parameters<typeof canAccess>[1]) => canAccess(viewer.permissions, p);

  const { data, loading, error, refetch } = useQuery(CustomerDocument, { variables: { id } });
  const ledgerPage = usePage();
  const purchasePage = usePage();
  const eventPage = usePage();
  const ledger = useQuery(CustomerLedgerDocument, { variables: { id, first: PAGE_SIZE, offset: ledgerPage.offset }, skip: !can('ReadPoints') });
  const purchases = useQuery(CustomerPurchasesDocument, { variables: { id, first: PAGE_SIZE, offset: purchasePage.offset } });
  const events = useQuery(CustomerTimelineDocument, { variables: { id, first: PAGE_SIZE, offset: eventPage.offset } });
  const options = useQuery(CustomerFilterOptionsDocument);
  const chart = useQuery(OrgChartDocument, { skip: !can('ManageCustomer') });
  const stations = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);

  const [dialog, setDialog] = useState<Dialog | null>(null);
  const serverErrors = useServerErrors();
  const [updateCustomer, updated] = useMutation(UpdateCustomerDocument);
  const [overrideTier, overriding] = useMutation(OverrideTierDocument);
  const [clearOverride, clearing] = useMutation(ClearTierOverrideDocument);
  const [redeemPoints, redeeming] = useMutation(RedeemPointsDocument);
  const [requestAdjustment, requesting] = useMutation(RequestPointsAdjustmentDocument);
  const [refundPurchase, refunding] = useMutation(RefundPurchaseDocument);
  const busy = updated.loading || overriding.loading || clearing.loading || redeeming.loading || requesting.loading || refunding.loading;

  const customer = data?.customer;
  const editValues = useMemo<Partial<CustomerFormValues> | undefined>(() => {
    if (!customer) return undefined;
    return {
      name: customer.name,
      homeStationId: customer.homeStation.id,
      phones: customer.phones,
      email: customer.email ?? undefined,
      birthday: customer.birthday,
      address: customer.address ?? undefined,
      marketingConsent: customer.marketingConsent,
      preferredChannel: customer.preferredChannel,
      preferredLanguage: customer.preferredLanguage,
      tags: customer.tags,
      preferences: customer.preferences ?? undefined,
    };
  }, [customer]);

  function open(next: Dialog) {
    serverErrors.clear();
    setDialog(next);
  }

  /** Runs a change, then reloads what it may have moved: tier, points, purchases, history. */
  async function perform(action: () => Promise<unknown>, done: string) {
    serverErrors.clear();
    try {
      await action();
      void message.success(done);
      setDialog(null);
      void refetch();
      void ledger.refetch();
      void purchases.refetch();
      void events.refetch();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  if (loading && !data) return <PageLoading />;
  if (error || !customer) return <PageError error={error} onRetry={() => void refetch()} />;

  const saveProfile = (v: CustomerFormValues) =>
    perform(
      () =>
        updateCustomer({
          variables: {
            id,
            input: {
              name: v.name.trim(),
              homeStationId: v.homeStationId,
              marketingConsent: v.marketingConsent,
              preferredChannel: v.preferredChannel ?? null,
              preferredLanguage: v.preferredLanguage ?? null,
              tags: v.tags,
              preferences: blankToNull(v.preferences),
              // Masked contact data is never sent back: it would overwrite the real values with stars.
              ...(customer.contactVisible
                ? { phones: v.phones.map((p) => p.trim()).filter(Boolean), email: blankToNull(v.email), birthday: v.birthday ?? null, address: blankToNull(v.address) }
                : {}),
            },
          },
        }),
      t('common.saved'),
    );

  const tierActions = can('OverrideTier') ? (
    <Space size={4}>
      <Button size="small" icon={<CrownOutlined />} onClick={() => open({ kind: 'override' })} data-testid="override-tier">
        {t('tierStatus.override')}
      </Button>
      {customer.tierStatus.overridden ? (
        <Button size="small" onClick={() => open({ kind: 'clearOverride' })}>
          {t('tierStatus.clearOverride')}
        </Button>
      ) : null}
    </Space>
  ) : null;

  const pointsActions = (
    <Space size={4}>
      {can('RedeemPoints') ? (
        <Button size="small" icon={<GiftOutlined />} onClick={() => open({ kind: 'redeem', idempotencyKey: crypto.randomUUID() })} data-testid="redeem-points">
          {t('points.redeem')}
        </Button>
      ) : null}
      {can('AdjustPoints') ? (
        <Button size="small" icon={<PlusCircleOutlined />} onClick={() => open({ kind: 'adjust' })} data-testid="adjust-points">
          {t('points.requestAdjustment')}
        </Button>
      ) : null}
    </Space>
  );

  // What every dialog of the page shares: the failure of the last change, and the way out.
  const dialogState = { errors: serverErrors.errors, formError: serverErrors.formError, loading: busy, onCancel: () => setDialog(null) };

  const ledgerData = ledger.data?.customer.pointsLedger;
  const purchaseData = purchases.data?.customer.purchases;
  const eventData = events.data?.customer.timeline;

  return (
    <PageContainer
      title={
        <Space>
          <span data-testid="customer-name">{customer.name}</span>
          <TierBadge tier={customer.tier} locale={locale} empty="" />
        </Space>
      }
      breadcrumbRender={false}
      extra={[
        <Link key="back" to="/customers">
          <ArrowLeftOutlined /> {t('customer.back')}
        </Link>,
        can('ManageCustomer') ? (
          <Button key="edit" icon={<EditOutlined />} onClick={() => open({ kind: 'edit' })} data-testid="edit-customer">
            {t('common.edit')}
          </Button>
        ) : null,
      ]}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('customer.profile')} size="small">
            <CustomerProfile customer={customer} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <TierStatusCard status={customer.tierStatus} actions={tierActions} />
        </Col>
        <Col xs={24} lg={8}>
          <PointsCard points={customer.points} actions={pointsActions} />
        </Col>
        <Col span={24}>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'purchases',
                  label: t('purchase.title'),
                  children: (
                    <PurchasesTable
                      rows={purchaseData?.nodes ?? []}
                      total={purchaseData?.totalCount ?? 0}
                      loading={purchases.loading}
                      {...purchasePage}
                      canRefund={can('RefundPurchase')}
                      onRefund={(purchase) => open({ kind: 'refund', purchase })}
                    />
                  ),
                },
                ...(customer.points
                  ? [
                      {
                        key: 'ledger',
                        label: t('points.ledger'),
                        children: <LedgerTable rows={ledgerData?.nodes ?? []} total={ledgerData?.totalCount ?? 0} loading={ledger.loading} {...ledgerPage} />,
                      },
                    ]
                  : []),
                { key: 'tiers', label: t('tierStatus.history'), children: <TierHistory changes={customer.tierHistory} /> },
                {
                  key: 'timeline',
                  label: t('timeline.title'),
                  children: <EventList rows={eventData?.nodes ?? []} total={eventData?.totalCount ?? 0} loading={events.loading} {...eventPage} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      {can('ManageCustomer') ? (
        <CustomerForm
          mode="edit"
          open={dialog?.kind === 'edit'}
          initialValues={editValues}
          contactVisible={customer.contactVisible}
          stations={stations}
          tagOptions={options.data?.customerTags ?? []}
          {...dialogState}
          onSubmit={(v) => void saveProfile(v)}
        />
      ) : null}
      <OverrideTierForm
        open={dialog?.kind === 'override'}
        tiers={options.data?.tiers ?? []}
        {...dialogState}
        onSubmit={(v: OverrideValues) =>
          void perform(() => overrideTier({ variables: { input: { customerId: id, tierId: v.tierId || null, reason: v.reason, expiresAt: v.expiresAt } } }), t('tierStatus.overrideSaved'))
        }
      />
      <ReasonForm
        open={dialog?.kind === 'clearOverride'}
        title={t('tierStatus.clearOverride')}
        name="clearOverride"
        {...dialogState}
        onSubmit={(v: ReasonValues) => void perform(() => clearOverride({ variables: { customerId: id, reason: v.reason } }), t('tierStatus.overrideCleared'))}
      />
      <PointsForm
        mode="redeem"
        balance={customer.points?.balance ?? 0}
        open={dialog?.kind === 'redeem'}
        {...dialogState}
        onSubmit={(v: PointsValues) => {
          // The key was made when the dialog opened: a retry after a lost response is applied once.
          const key = dialog?.kind === 'redeem' ? dialog.idempotencyKey : crypto.randomUUID();
          void perform(async () => {
            const { data: r } = await redeemPoints({ variables: { input: { customerId: id, points: v.points, reason: v.reason, idempotencyKey: key } } });
            return r;
          }, t('points.redeemed', { n: Math.max(0, (customer.points?.balance ?? 0) - v.points) }));
        }}
      />
      <PointsForm
        mode="adjust"
        balance={customer.points?.balance ?? 0}
        open={dialog?.kind === 'adjust'}
        {...dialogState}
        onSubmit={(v: PointsValues) => void perform(() => requestAdjustment({ variables: { input: { customerId: id, points: v.points, reason: v.reason } } }), t('points.adjustRequested'))}
      />
      <ReasonForm
        open={dialog?.kind === 'refund'}
        title={dialog?.kind === 'refund' ? t('purchase.refundTitle', { order: dialog.purchase.externalOrderId }) : ''}
        name="refund"
        warning={t('purchase.refundWarning')}
        okText={t('purchase.refund')}
        {...dialogState}
        onSubmit={(v: ReasonValues) =>
          dialog?.kind === 'refund' && void perform(() => refundPurchase({ variables: { input: { purchaseId: dialog.purchase.id, reason: v.reason } } }), t('purchase.refunded'))
        }
      />
    </PageContainer>
  );
}
