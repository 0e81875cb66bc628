import { useCallback, useMemo, useState } from 'react';
import { errorCode, errorMessage, fieldErrors } from '../apollo';
import { useI18n } from '../i18n';

const NONE: Record<string, string> = {};

/**
 * Splits a mutation failure into per-field messages and one general message. The failure is
 * kept as it came and translated on render, so switching language re-words an open form.
 */
export function useServerErrors() {
  const { locale } = useI18n();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const errors = useMemo(() => (failure ? fieldErrors(failure.error, locale) : NONE), [failure, locale]);
  const formError = useMemo(() => {
    if (!failure) return null;
    return errorCode(failure.error) === 'BAD_USER_INPUT' && Object.keys(errors).length ? null : errorMessage(failure.error, locale);
  }, [failure, errors, locale]);

  const capture = useCallback((error: unknown) => setFailure({ error }), []);
  const clear = useCallback(() => setFailure(null), []);

  return { errors, formError, capture, clear };
}
