import { Link } from 'react-router';
import { Button, Result, Space } from 'antd';
import type { EnterSurveyResponseMutation } from '../../../../gql/graphql';
import { useI18n } from '../../../../shared/i18n';
import { useViewer } from '../../../../app/session';
import { canAccess } from '../../../../app/access';

type Outcome = EnterSurveyResponseMutation['submitSurveyResponse'];

/**
 * What the keyed-in form led to: counted or partial (R-SAT-3), a complaint (R-SAT-5), points
 * (R-SAT-6). The complaint's number comes with the submission, so an agent who may open
 * neither the case nor the form can still tell it to the customer.
 */
export function EntryOutcome({ outcome, onNext }: { outcome: Outcome; onNext: () => void }) {
  const { t } = useI18n();
  const { permissions } = useViewer();
  const number = outcome.complaintNumber ?? outcome.complaintTicketId;
  return (
    <Result
      status={outcome.followUp ? 'warning' : 'success'}
      title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('surveyResp.entry.done')}</h2>}
      subTitle={
        <Space orientation="vertical" size={4} style={{ color: 'rgba(0, 0, 0, 0.75)' }} data-testid="entry-outcome">
          <span data-testid="entry-complete" data-complete={String(outcome.complete)}>
            {outcome.complete ? t('surveyResp.entry.doneComplete') : t('surveyResp.entry.donePartial')}
          </span>
          {outcome.followUp ? (
            <span data-testid="entry-complaint">
              {t('surveyResp.entry.doneComplaint')}
              {outcome.complaintTicketId ? (
                <>
                  {' '}
                  {canAccess(permissions, 'ReadTicket') ? (
                    <Link to={`/tickets/${outcome.complaintTicketId}`} data-testid="entry-complaint-number">
                      {number}
                    </Link>
                  ) : (
                    <strong data-testid="entry-complaint-number">{number}</strong>
                  )}
                </>
              ) : null}
            </span>
          ) : null}
          {outcome.pointsAwarded > 0 ? <span data-testid="entry-points">{t('surveyResp.entry.donePoints', { points: outcome.pointsAwarded })}</span> : null}
        </Space>
      }
      extra={[
        ...(canAccess(permissions, 'ReadSurvey')
          ? [
              <Link key="view" to={`/survey-responses/${outcome.responseId}`} data-testid="entry-view-form">
                {t('surveyResp.entry.viewForm')}
              </Link>,
            ]
          : []),
        <Button key="next" type="primary" onClick={onNext} data-testid="entry-next">
          {t('surveyResp.entry.next')}
        </Button>,
      ]}
    />
  );
}
