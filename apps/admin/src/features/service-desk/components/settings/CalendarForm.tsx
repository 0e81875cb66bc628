import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row } from 'antd';
import type { ServiceCalendarsQuery } from '../../../../gql/graphql';
import { ToneTag } from '../../../../shared/components';
import { useI18n } from '../../../../shared/i18n';
import { draftOf, replaceDay, sameCalendar, type WeekDraft } from './calendar';
import { HolidayEditor } from './HolidayEditor';
import { WeekHoursEditor } from './WeekHoursEditor';

export type StationCalendar = ServiceCalendarsQuery['serviceCalendars'][number];
export interface CalendarDraft {
  week: WeekDraft;
  holidays: string[];
}

interface Props {
  /** The calendar as saved; the page re-mounts the form (by key) when it changes. */
  calendar: StationCalendar;
  /** Worded problems keyed by the API's field names. */
  errors: Readonly<Record<string, string>>;
  /** A failure no field can show (another station's calendar, a lost connection). */
  formError: string | null;
  saving: boolean;
  onSave: (draft: CalendarDraft) => void;
  /** The person changed a weekday or the holidays: problems about what they were are gone. */
  onEditDay: (weekday: number) => void;
  onEditHolidays: () => void;
}

/** A station's business calendar (R-SVC-10): the weekly opening hours and the holidays, saved together. */
export function CalendarForm({ calendar, errors, formError, saving, onSave, onEditDay, onEditHolidays }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<CalendarDraft>(() => ({ week: draftOf(calendar.week), holidays: [...calendar.holidays] }));
  const dirty = !sameCalendar(draft, { week: draftOf(calendar.week), holidays: calendar.holidays });
  const weekError = errors.week;

  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={t('sdSettings.calendarNote')} />
      {formError ? <Alert type="error" showIcon role="alert" title={formError} data-testid="form-error" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('sdSettings.hours')} extra={calendar.custom ? null : <ToneTag tone="neutral">{t('sdSettings.defaultHours')}</ToneTag>}>
            {weekError ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 8 }} title={weekError} data-testid="week-error" /> : null}
            <WeekHoursEditor
              week={draft.week}
              errors={errors}
              disabled={saving}
              onChange={(weekday, day) => {
                setDraft((d) => ({ ...d, week: replaceDay(d.week, weekday, day) }));
                onEditDay(weekday);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('sdSettings.holidays')}>
            <HolidayEditor
              holidays={draft.holidays}
              errors={errors}
              disabled={saving}
              onChange={(holidays) => {
                setDraft((d) => ({ ...d, holidays }));
                onEditHolidays();
              }}
            />
          </Card>
        </Col>
      </Row>
      <Flex gap={12} align="center">
        <Button type="primary" loading={saving} onClick={() => onSave(draft)} data-testid="save-calendar">
          {t('common.save')}
        </Button>
        {dirty ? <ToneTag tone="warning">{t('sdSettings.unsaved')}</ToneTag> : null}
      </Flex>
    </Flex>
  );
}
