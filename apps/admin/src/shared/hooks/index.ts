export { useServerErrors } from './useServerErrors';
export { useFieldErrors } from './useFieldErrors';
export { useDebouncedValue } from './useDebouncedValue';
