import { Col, Form, Input, Row } from 'antd';
import { LOCALE_LABEL } from '../../../../shared/i18n';
import { visuallyHidden } from '../../../../shared/components';
import { LANG_LOCALE, LANGS, MAX_TEXT, fieldId, type Lang, type Texts } from '../../templates-draft';

interface Props {
  /** The draft path of the text (`title`, `items.2.label`): it names the inputs, as errors do. */
  path: string;
  label: string;
  value: Texts;
  errors: Readonly<Record<string, string>>;
  required?: boolean;
  multiline?: boolean;
  extra?: string;
  disabled?: boolean;
  onChange: (next: Texts) => void;
  onBlur?: (lang: Lang) => void;
}

/**
 * One text in the three languages side by side, so a translator sees all of them at once.
 * Each input is named by the text and its language, and marked with the language it holds.
 */
export function TextsField({ path, label, value, errors, required, multiline, extra, disabled, onChange, onBlur }: Props) {
  return (
    <>
      <div style={{ marginBottom: 4, fontWeight: 500 }}>{label}</div>
      <Row gutter={16}>
        {LANGS.map((lang) => {
          const id = fieldId(`${path}.${lang}`);
          const error = errors[`${path}.${lang}`];
          const props = {
            id,
            lang: LANG_LOCALE[lang],
            value: value[lang],
            disabled,
            maxLength: MAX_TEXT,
            'aria-invalid': error ? true : undefined,
            onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
            onBlur: () => onBlur?.(lang),
          };
          return (
            <Col key={lang} xs={24} md={8}>
              <Form.Item
                htmlFor={id}
                required={required}
                label={
                  <>
                    <span style={visuallyHidden}>{label} </span>
                    {LOCALE_LABEL[LANG_LOCALE[lang]]}
                  </>
                }
                validateStatus={error ? 'error' : undefined}
                help={error}
                extra={lang === 'zhHant' ? extra : undefined}
                style={{ marginBottom: 12 }}
              >
                {multiline ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} {...props} /> : <Input autoComplete="off" {...props} />}
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
