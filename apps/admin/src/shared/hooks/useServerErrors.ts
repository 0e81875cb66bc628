import { useCallback, useState } from 'react';
import { errorCode, errorMessage, fieldErrors } from '../apollo';

/** Splits a mutation failure into per-field messages and one general message. */
export function useServerErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const capture = useCallback((error: unknown) => {
    const byField = fieldErrors(error);
    setErrors(byField);
    setFormError(errorCode(error) === 'BAD_USER_INPUT' && Object.keys(byField).length ? null : errorMessage(error));
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  return { errors, formError, capture, clear };
}
