import { Steps, Timeline, Typography } from 'antd';
import type { DocumentActionKind, StepStatus } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/components';
import { useI18n } from '../../../shared/i18n';
import { actorLabel, historyComment, historyLabel, historyTone, stepDisplay } from '../history';
import { minute } from '../../../shared/dates';

export interface StepItem {
  id: string;
  index: number;
  name: string;
  status: StepStatus;
  assigneeName?: string | null;
  decidedByName?: string | null;
  actingForName?: string | null;
  comment?: string | null;
  decidedAt?: string | null;
  dueAt?: string | null;
  overdue: boolean;
}

/** This round's steps: who has it or who decided (and for whom, R-ORG-4), and the comment given. */
export function DocumentSteps({ steps }: { steps: readonly StepItem[] }) {
  const { t } = useI18n();
  if (!steps.length) return <Typography.Text type="secondary">{t('document.noSteps')}</Typography.Text>;
  return (
    <Steps
      orientation="vertical"
      size="small"
      data-testid="document-steps"
      items={steps.map((s) => {
        const decider = s.decidedByName ? actorLabel({ actorName: s.decidedByName, actingForName: s.actingForName }, t) : null;
        return {
          key: s.id,
          status: stepDisplay(s.status),
          title: s.name,
          subTitle: t(`process.stepStatus.${s.status}`),
          content: (
            <div data-testid={`step-${s.index}`}>
              {decider ? <div>{t('document.decidedBy', { name: decider })}</div> : s.assigneeName ? <div>{t('document.assignee', { name: s.assigneeName })}</div> : null}
              {s.status === 'OPEN' && s.dueAt ? (
                <div>
                  {t('document.dueAt', { at: minute(s.dueAt) })} {s.overdue ? <ToneTag tone="danger">{t('inbox.overdue')}</ToneTag> : null}
                </div>
              ) : null}
              {s.comment ? <div>「{s.comment}」</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}

export interface HistoryItem {
  id: string;
  action: DocumentActionKind;
  stepIndex?: number | null;
  actorName?: string | null;
  actingForName?: string | null;
  comment?: string | null;
  at: string;
}

/** Every action on the document, oldest first: who, for whom, when, and what they wrote. */
export function DocumentHistory({ history, stepNames }: { history: readonly HistoryItem[]; stepNames: readonly string[] }) {
  const { t } = useI18n();
  return (
    <Timeline
      data-testid="document-history"
      items={history.map((h) => {
        const comment = historyComment(h);
        return {
          key: h.id,
          color: historyTone(h.action),
          content: (
            <div data-testid={`history-${h.action}`}>
              <div>{historyLabel(h, stepNames, t)}</div>
              <Typography.Text type="secondary">{minute(h.at)}</Typography.Text>
              {comment ? <div data-testid="history-comment">「{comment}」</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
