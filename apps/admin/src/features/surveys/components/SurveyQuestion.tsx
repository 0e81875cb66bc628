import type { CSSProperties } from 'react';
import { Input, Radio, Typography } from 'antd';
import type { SatisfactionLevel, SurveyInvitationQuery } from '../../../gql/graphql';
import type { Translate } from '../../../shared/i18n';
// Straight from its file: the public survey page need not load the console's other shared components.
import { visuallyHidden } from '../../../shared/components/visuallyHidden';

type Survey = SurveyInvitationQuery['surveyInvitation'];
export type SurveyItem = Survey['items'][number];

export interface Answer {
  level?: SatisfactionLevel;
  nps?: number;
  text?: string;
  comment?: string;
}

// Thumbs on a phone: each choice is a whole-width row at least 44 px high (WCAG 2.5.5).
const levelRow: CSSProperties = { display: 'flex', alignItems: 'center', minHeight: 48, padding: '4px 12px', margin: 0, border: '1px solid #d9d9d9', borderRadius: 8, fontSize: 16 };
const npsButton: CSSProperties = { minWidth: 48, height: 48, lineHeight: '46px', textAlign: 'center', fontSize: 16 };
const NPS = Array.from({ length: 11 }, (_, n) => n);

interface Props {
  item: SurveyItem;
  levels: Survey['levels'];
  answer: Answer;
  error?: string;
  maxCommentLength: number;
  maxTextLength: number;
  t: Translate;
  onChange: (next: Answer) => void;
}

/** One question as a fieldset: its legend is the question, so the choices are read with it. */
export function SurveyQuestion({ item, levels, answer, error, maxCommentLength, maxTextLength, t, onChange }: Props) {
  const id = `q-${item.key}`;
  const errorId = `${id}-error`;
  const described = error ? errorId : undefined;
  return (
    <fieldset id={id} data-testid={`survey-item-${item.key}`} style={{ border: 0, margin: '0 0 28px', padding: 0, minWidth: 0 }}>
      <legend style={{ fontSize: 17, fontWeight: 600, marginBottom: 10, whiteSpace: 'normal' }}>
        {item.label}
        {item.required && (
          <>
            <span aria-hidden="true" style={{ color: '#cf1322', marginInlineStart: 4 }}>
              *
            </span>
            <span style={visuallyHidden}>({t('survey.page.required')})</span>
          </>
        )}
      </legend>
      {error && (
        <Typography.Text id={errorId} type="danger" style={{ display: 'block', marginBottom: 8 }}>
          {error}
        </Typography.Text>
      )}

      {(item.kind === 'LEVEL5' || item.kind === 'OVERALL') && (
        <Radio.Group
          value={answer.level}
          onChange={(e) => onChange({ ...answer, level: e.target.value as SatisfactionLevel })}
          aria-describedby={described}
          style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}
        >
          {levels.map((l) => (
            <Radio key={l.level} value={l.level} style={levelRow} data-testid={`${id}-${l.level}`}>
              {l.label}
            </Radio>
          ))}
        </Radio.Group>
      )}

      {item.kind === 'NPS' && (
        <>
          <Radio.Group
            optionType="button"
            value={answer.nps}
            onChange={(e) => onChange({ ...answer, nps: e.target.value as number })}
            aria-describedby={described ? `${described} ${id}-scale` : `${id}-scale`}
            style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
          >
            {NPS.map((n) => (
              <Radio.Button key={n} value={n} style={npsButton} data-testid={`${id}-nps-${n}`}>
                {n}
              </Radio.Button>
            ))}
          </Radio.Group>
          <Typography.Text id={`${id}-scale`} type="secondary" style={{ display: 'flex', justifyContent: 'space-between', marginTop: 6 }}>
            <span>{t('survey.page.npsLow')}</span>
            <span>{t('survey.page.npsHigh')}</span>
          </Typography.Text>
        </>
      )}

      {item.kind === 'TEXT' ? (
        <>
          <label htmlFor={`${id}-text`} style={visuallyHidden}>
            {t('survey.page.answer')}
          </label>
          <Input.TextArea
            id={`${id}-text`}
            value={answer.text}
            maxLength={maxTextLength}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            aria-describedby={described}
            onChange={(e) => onChange({ ...answer, text: e.target.value })}
            style={{ fontSize: 16 }}
          />
        </>
      ) : (
        <div style={{ marginTop: 12 }}>
          <label htmlFor={`${id}-comment`} style={{ display: 'block', marginBottom: 4 }}>
            {t('survey.page.comment')}
          </label>
          <Input.TextArea
            id={`${id}-comment`}
            value={answer.comment}
            maxLength={maxCommentLength}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onChange={(e) => onChange({ ...answer, comment: e.target.value })}
            // 16 px keeps iOS from zooming into the field.
            style={{ fontSize: 16 }}
          />
        </div>
      )}
    </fieldset>
  );
}
