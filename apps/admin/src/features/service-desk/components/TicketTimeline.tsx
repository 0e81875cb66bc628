import { Timeline, Typography } from 'antd';
import type { TicketEventKind } from '../../../gql/graphql';
import { useI18n } from '../../../shared/i18n';
import { eventActor, eventDetails, eventTitle, eventTone } from '../timeline';
import { minute } from '../../../shared/dates';

export interface TimelineItem {
  id: string;
  at: string;
  kind: TicketEventKind;
  actorName?: string | null;
  text?: string | null;
  data?: Record<string, unknown> | null;
}

/** The case's one timeline, oldest first: who did what and when, and what was said (R-SVC-1). */
export function TicketTimeline({ events }: { events: readonly TimelineItem[] }) {
  const { t } = useI18n();
  return (
    <Timeline
      data-testid="ticket-timeline"
      items={events.map((e) => {
        const details = eventDetails(e, t, minute);
        return {
          key: e.id,
          color: eventTone(e),
          content: (
            <div data-testid={`event-${e.kind}`}>
              <div>
                <strong>{eventTitle(e, t)}</strong> · {eventActor(e, t)}
              </div>
              <Typography.Text type="secondary">{minute(e.at)}</Typography.Text>
              {details.map((line, i) => (
                <div key={i} style={{ whiteSpace: 'pre-wrap' }}>
                  {line}
                </div>
              ))}
            </div>
          ),
        };
      })}
    />
  );
}
