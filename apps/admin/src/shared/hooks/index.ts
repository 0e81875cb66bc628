export { useServerErrors } from './useServerErrors';
