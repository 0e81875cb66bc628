import { AppError, ErrorCode } from '../../common/errors';

/**
 * The public page's errors (R-SAT-1): each says what happened in words a customer can act
 * on, and carries its own stable code so the page can show its own text.
 */
export const linkInvalid = () => new AppError(ErrorCode.SURVEY_LINK_INVALID, 'This survey link is not valid. Please check that it was copied completely.');

export const linkUsed = () => new AppError(ErrorCode.SURVEY_LINK_USED, 'This survey has already been answered. Thank you!');

export const linkExpired = (expiredAt: Date) =>
  new AppError(ErrorCode.SURVEY_LINK_EXPIRED, 'This survey link has expired.', { expiredAt: expiredAt.toISOString() });
