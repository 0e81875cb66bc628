import { Alert } from 'antd';

/** A failure no form field can show: a general message, or issues naming unknown fields. */
export function FormAlert({ error, unknown = [] }: { error?: string | null; unknown?: readonly [string, string][] }) {
  const text = error ?? (unknown.length ? unknown.map(([field, message]) => `${field}: ${message}`).join('; ') : null);
  if (!text) return null;
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={text} data-testid="form-error" />;
}
