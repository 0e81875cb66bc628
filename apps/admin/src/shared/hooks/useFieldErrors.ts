import { useEffect } from 'react';
import type { FormInstance } from 'antd';

/**
 * Puts server messages under the form fields they name and returns the ones that match no
 * field, so the form can still show them. `fields` must be a stable (module-level) array.
 */
export function useFieldErrors(form: FormInstance, fields: readonly string[], errors: Record<string, string>): [string, string][] {
  useEffect(() => {
    form.setFields(fields.map((name) => ({ name, errors: errors[name] ? [errors[name]] : [] })));
  }, [errors, form, fields]);
  return Object.entries(errors).filter(([field]) => !fields.includes(field));
}
