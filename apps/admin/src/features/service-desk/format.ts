export { day, minute } from '../../shared/dates';
