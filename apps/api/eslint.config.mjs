import { config } from '@stationhub/eslint-config';

export default config();
