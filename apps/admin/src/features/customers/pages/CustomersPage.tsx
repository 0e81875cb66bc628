import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { App, Button } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { CustomerFilter, CustomerOrder, CustomersQuery } from '../../../gql/graphql';
import { LIST_TABLE, TierBadge, tierName } from '../../../shared/components';
import { downloadInlineFile } from '../../../shared/download';
import { useServerErrors } from '../../../shared/hooks';
import { LANGUAGE_OF_LOCALE, useI18n } from '../../../shared/i18n';
import { formatMoney, parseMoney } from '../../../shared/money';
import { pageArgs, pagerTotal } from '../../../shared/paging';
import { useViewer } from '../../../app/session';
import { canAccess } from '../../../app/access';
import { OrgChartDocument, unitOptions } from '../../org';
import { CreateCustomerDocument, CustomerFilterOptionsDocument, CustomersDocument, ExportCustomersDocument } from '../graphql/customers.operations';
import { ContactValue } from '../components/ContactValue';
import { CustomerForm, type CustomerFormValues } from '../components/CustomerForm';
import { ExportForm, type ExportValues } from '../components/ExportForm';
import { blankToNull } from '../input';

type Row = CustomersQuery['customers']['nodes'][number];
interface Filters {
  keyword?: string;
  tierIds?: string[];
  tags?: string[];
  lastPurchase?: [string, string];
  spend?: [number | null, number | null];
  marketingConsent?: 'yes' | 'no';
}

const ORDER_BY_COLUMN: Record<string, CustomerOrder> = { lifetimeSpend: 'LIFETIME_SPEND_DESC', lastPurchaseAt: 'LAST_PURCHASE_DESC' };

function toFilter(f: Filters): CustomerFilter {
  const [from, to] = f.lastPurchase ?? [];
  const [min, max] = f.spend ?? [];
  return {
    search: f.keyword?.trim() || null,
    tierIds: f.tierIds?.length ? f.tierIds : null,
    tags: f.tags?.length ? f.tags : null,
    lastPurchaseFrom: from ? dayjs(from).startOf('day').toISOString() : null,
    // The end day counts whole, so the bound is the start of the day after.
    lastPurchaseBefore: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : null,
    spendMin: min != null ? parseMoney(min) : null,
    spendMax: max != null ? parseMoney(max) : null,
    marketingConsent: f.marketingConsent ? f.marketingConsent === 'yes' : null,
  };
}

export default function CustomersPage() {
  const { t, pick, locale } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canManage = canAccess(viewer.permissions, 'ManageCustomer');
  const canImport = canAccess(viewer.permissions, 'ImportCustomers');
  const canExport = canAccess(viewer.permissions, 'ExportCustomers');
  const actionRef = useRef<ActionType>(null);
  // The filter of the rows on screen: an export takes exactly what the table shows.
  const shownFilter = useRef<CustomerFilter>({});
  const [capped, setCapped] = useState<number | null>(null);

  const options = useQuery(CustomerFilterOptionsDocument);
  const tags = useMemo(() => options.data?.customerTags ?? [], [options.data]);
  const tierOptions = useMemo(() => (options.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tierName(tier, locale) })), [options.data, locale]);
  const chart = useQuery(OrgChartDocument, { skip: !canManage });
  const stations = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);

  const [creating, setCreating] = useState(false);
  const serverErrors = useServerErrors();
  const [createCustomer, created] = useMutation(CreateCustomerDocument);
  const [exporting, setExporting] = useState(false);
  const exportErrors = useServerErrors();
  const [exportCustomers, exported] = useMutation(ExportCustomersDocument);
  const exportDefaults = useMemo<ExportValues>(() => ({ format: 'XLSX', language: LANGUAGE_OF_LOCALE[locale] }), [locale]);

  async function create(values: CustomerFormValues) {
    serverErrors.clear();
    try {
      const { data } = await createCustomer({
        variables: {
          input: {
            name: values.name.trim(),
            code: blankToNull(values.code),
            homeStationId: values.homeStationId,
            phones: values.phones.map((p) => p.trim()).filter(Boolean),
            email: blankToNull(values.email),
            birthday: values.birthday ?? null,
            address: blankToNull(values.address),
            marketingConsent: values.marketingConsent,
            preferredChannel: values.preferredChannel ?? null,
            preferredLanguage: values.preferredLanguage ?? null,
            tags: values.tags,
            preferences: blankToNull(values.preferences),
          },
        },
      });
      void message.success(t('customer.created'));
      setCreating(false);
      if (data) void navigate(`/customers/${data.createCustomer.id}`);
    } catch (error) {
      serverErrors.capture(error);
    }
  }

  async function runExport(values: ExportValues) {
    exportErrors.clear();
    try {
      const { data } = await exportCustomers({ variables: { input: { filter: shownFilter.current, format: values.format, language: values.language } } });
      if (data) {
        downloadInlineFile(data.exportCustomers);
        void message.success(t('customer.exported', { n: data.exportCustomers.rowCount }));
      }
      setExporting(false);
    } catch (error) {
      exportErrors.capture(error);
    }
  }

  const columns: ProColumns<Row>[] = [
    { title: t('common.search'), dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: t('customer.searchPlaceholder') } },
    {
      title: t('customer.code'),
      dataIndex: 'code',
      search: false,
      width: 120,
      sorter: true,
      sortDirections: ['ascend'],
      render: (_, row) => <Link to={`/customers/${row.id}`}>{row.code}</Link>,
    },
    { title: t('customer.name'), dataIndex: 'name', search: false, render: (_, row) => <Link to={`/customers/${row.id}`}>{row.name}</Link> },
    {
      title: t('customer.tier'),
      dataIndex: 'tierIds',
      valueType: 'select',
      fieldProps: { mode: 'multiple', options: tierOptions, 'aria-label': t('customer.tier') },
      render: (_, row) => <TierBadge tier={row.tier} locale={locale} empty={t('customer.noTier')} />,
    },
    { title: t('customer.phones'), dataIndex: 'phones', search: false, render: (_, row) => <ContactValue value={row.phones[0]} visible={row.contactVisible} /> },
    { title: t('customer.email'), dataIndex: 'email', search: false, render: (_, row) => <ContactValue value={row.email} visible={row.contactVisible} /> },
    { title: t('customer.homeStation'), dataIndex: 'homeStation', search: false, render: (_, row) => pick(row.homeStation.name, row.homeStation.nameEn) },
    {
      title: t('customer.tags'),
      dataIndex: 'tags',
      valueType: 'select',
      fieldProps: { mode: 'multiple', options: tags.map((tag) => ({ value: tag, label: tag })), 'aria-label': t('customer.tags') },
      render: (_, row) => row.tags.join('、') || '—',
    },
    {
      title: t('customer.lifetimeSpend'),
      dataIndex: 'lifetimeSpend',
      search: false,
      align: 'right',
      sorter: true,
      sortDirections: ['descend'],
      render: (_, row) => formatMoney(row.lifetimeSpend),
    },
    { title: t('customer.spendRange'), dataIndex: 'spend', valueType: 'digitRange', hideInTable: true },
    {
      title: t('customer.lastPurchase'),
      dataIndex: 'lastPurchaseAt',
      search: false,
      sorter: true,
      sortDirections: ['descend'],
      render: (_, row) => (row.lastPurchaseAt ? dayjs(row.lastPurchaseAt).format('YYYY-MM-DD') : '—'),
    },
    { title: t('customer.lastPurchaseRange'), dataIndex: 'lastPurchase', valueType: 'dateRange', hideInTable: true },
    {
      title: t('customer.marketingConsent'),
      dataIndex: 'marketingConsent',
      valueType: 'select',
      fieldProps: {
        options: [
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ],
        'aria-label': t('customer.marketingConsent'),
      },
      render: (_, row) => t(row.marketingConsent ? 'common.yes' : 'common.no'),
    },
  ];

  return (
    <PageContainer title={t('customer.title')}>
      <ProTable<Row, Filters>
        {...LIST_TABLE}
        actionRef={actionRef}
        columns={columns}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => (capped != null ? t('customer.pagerCapped', { total: capped, shown: total }) : t('common.total', { n: total })),
        }}
        request={async (params, sort) => {
          const { first, offset } = pageArgs(params);
          const filter = toFilter(params);
          const sortedBy = Object.keys(sort ?? {}).find((k) => sort[k]);
          const { data } = await client.query({
            query: CustomersDocument,
            fetchPolicy: 'network-only',
            variables: { filter, orderBy: (sortedBy && ORDER_BY_COLUMN[sortedBy]) || 'CODE', first, offset },
          });
          shownFilter.current = filter;
          const totalCount = data?.customers.totalCount ?? 0;
          const pager = pagerTotal(totalCount, first);
          setCapped(pager.capped ? totalCount : null);
          return { data: data?.customers.nodes ?? [], total: pager.total, success: !!data };
        }}
        toolBarRender={() => [
          canImport ? (
            <Button key="import" icon={<UploadOutlined />} onClick={() => void navigate('/customers/import')} data-testid="import-customers">
              {t('customer.import')}
            </Button>
          ) : null,
          canExport ? (
            <Button key="export" icon={<DownloadOutlined />} onClick={() => (exportErrors.clear(), setExporting(true))} data-testid="export-customers">
              {t('customer.export')}
            </Button>
          ) : null,
          canManage ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => (serverErrors.clear(), setCreating(true))} data-testid="new-customer">
              {t('customer.new')}
            </Button>
          ) : null,
        ]}
      />
      {canManage ? (
        <CustomerForm
          mode="create"
          open={creating}
          contactVisible
          stations={stations}
          tagOptions={tags}
          errors={serverErrors.errors}
          formError={serverErrors.formError}
          loading={created.loading}
          onSubmit={(v) => void create(v)}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {canExport ? (
        <ExportForm
          open={exporting}
          initialValues={exportDefaults}
          errors={exportErrors.errors}
          formError={exportErrors.formError}
          loading={exported.loading}
          onSubmit={(v) => void runExport(v)}
          onCancel={() => setExporting(false)}
        />
      ) : null}
    </PageContainer>
  );
}
