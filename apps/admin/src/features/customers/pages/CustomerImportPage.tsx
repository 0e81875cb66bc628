import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Progress, Result, Steps } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { CustomerImportFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../shared/apollo';
import { downloadInlineFile, fileToBase64 } from '../../../shared/download';
import { useI18n } from '../../../shared/i18n';
import { OrgChartDocument, unitOptions } from '../../org';
import { PreviewCustomerImportDocument, RunCustomerImportDocument } from '../graphql/customers.operations';
import { ImportFileForm, type ImportFileValues } from '../components/ImportFileForm';
import { ImportPreview } from '../components/ImportPreview';

type Stage =
  | { step: 'file' }
  | { step: 'check'; job: CustomerImportFieldsFragment }
  | { step: 'run'; job: CustomerImportFieldsFragment; processed: number }
  | { step: 'done'; created: number; updated: number; failed: boolean };

const STEP_INDEX = { file: 0, check: 1, run: 2, done: 2 } as const;

export default function CustomerImportPage() {
  const { t, pick, locale } = useI18n();
  const chart = useQuery(OrgChartDocument);
  const stations = useMemo(() => unitOptions(chart.data?.orgChart.nodes ?? [], pick), [chart.data, pick]);
  const [stage, setStage] = useState<Stage>({ step: 'file' });
  const [failure, setFailure] = useState<unknown>(null);
  const [previewImport, previewing] = useMutation(PreviewCustomerImportDocument);
  const [runImport] = useMutation(RunCustomerImportDocument);

  async function check(values: ImportFileValues) {
    setFailure(null);
    try {
      const contentBase64 = await fileToBase64(values.file);
      const { data } = await previewImport({
        variables: { input: { fileName: values.file.name, contentBase64, encoding: values.encoding, defaultStationId: values.defaultStationId } },
      });
      if (data) setStage({ step: 'check', job: data.previewCustomerImport });
    } catch (error) {
      setFailure(error);
    }
  }

  /** The server imports a batch per call, so the page keeps calling and shows the progress. */
  async function run(job: CustomerImportFieldsFragment) {
    setFailure(null);
    setStage({ step: 'run', job, processed: 0 });
    try {
      for (;;) {
        const { data } = await runImport({ variables: { id: job.id } });
        if (!data) throw new Error(t('app.error'));
        const r = data.runCustomerImport;
        if (r.status === 'DONE' || r.status === 'FAILED') {
          setStage({ step: 'done', created: r.createdCount, updated: r.updatedCount, failed: r.status === 'FAILED' });
          return;
        }
        setStage({ step: 'run', job, processed: r.processedRows });
      }
    } catch (error) {
      setFailure(error);
      setStage({ step: 'check', job });
    }
  }

  return (
    <PageContainer
      title={t('import.title')}
      extra={
        <Link to="/customers">
          <ArrowLeftOutlined /> {t('customer.back')}
        </Link>
      }
    >
      <Card>
        <Steps
          current={STEP_INDEX[stage.step]}
          style={{ marginBottom: 24 }}
          items={[{ title: t('import.stepFile') }, { title: t('import.stepCheck') }, { title: t('import.stepRun') }]}
        />
        {stage.step === 'file' ? (
          <ImportFileForm stations={stations} loading={previewing.loading} error={failure ? errorMessage(failure, locale) : null} onSubmit={(v) => void check(v)} />
        ) : null}
        {stage.step === 'check' ? (
          <>
            {failure ? <Result status="error" title={t('import.failed')} subTitle={errorMessage(failure, locale)} /> : null}
            <ImportPreview
              job={stage.job}
              onDownloadErrors={() => stage.job.errorFile && downloadInlineFile(stage.job.errorFile)}
              onRun={() => void run(stage.job)}
              onRestart={() => setStage({ step: 'file' })}
            />
          </>
        ) : null}
        {stage.step === 'run' ? (
          <div role="status" aria-live="polite" data-testid="import-progress">
            <Progress percent={stage.job.validRows ? Math.floor((stage.processed / stage.job.validRows) * 100) : 0} />
            {t('import.running', { done: stage.processed, total: stage.job.validRows })}
          </div>
        ) : null}
        {stage.step === 'done' ? (
          <Result
            status={stage.failed ? 'error' : 'success'}
            title={t(stage.failed ? 'import.failed' : 'import.done')}
            subTitle={<span data-testid="import-result">{t('import.summary', { created: stage.created, updated: stage.updated })}</span>}
            extra={[
              <Button key="again" onClick={() => setStage({ step: 'file' })}>
                {t('import.again')}
              </Button>,
              <Link key="list" to="/customers">
                {t('customer.back')}
              </Link>,
            ]}
          />
        ) : null}
      </Card>
    </PageContainer>
  );
}
