// What other features may use from the employees feature.
export { useEmployeeSearch } from './useEmployeeSearch';
