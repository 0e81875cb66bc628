import pino, { type Logger } from 'pino';

/**
 * Secrets and customer contact data must never reach the logs, so the request is never
 * logged whole and these paths are censored wherever they appear.
 */
export const redactPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'refreshToken',
  '*.refreshToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  'cookie',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'variables',
  '*.variables',
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'stationhub-api' },
    redact: { paths: redactPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
