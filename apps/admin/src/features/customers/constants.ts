import type { AdjustmentStatus, ContactChannel, PreferredLanguage, PurchaseStatus, WinBackStatus } from '../../gql/graphql';
import type { Tone } from '../../shared/components';

// Listed by hand because codegen emits enums as string unions; the Record types turn a value
// added to the schema into a compile error here rather than a missing option.
const CHANNEL_SET: Record<ContactChannel, true> = { PHONE: true, SMS: true, EMAIL: true, LINE: true, WECHAT: true, POST: true };
export const CONTACT_CHANNELS = Object.keys(CHANNEL_SET) as ContactChannel[];

const LANGUAGE_SET: Record<PreferredLanguage, true> = { ZH_HANT: true, ZH_HANS: true, EN: true };
export const PREFERRED_LANGUAGES = Object.keys(LANGUAGE_SET) as PreferredLanguage[];

export const WIN_BACK_TONE: Record<WinBackStatus, Tone> = { OPEN: 'warning', CONTACTED: 'info', WON_BACK: 'success', CLOSED: 'neutral' };
export const WIN_BACK_STATUSES = Object.keys(WIN_BACK_TONE) as WinBackStatus[];

export const ADJUSTMENT_TONE: Record<AdjustmentStatus, Tone> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'neutral' };
export const PURCHASE_TONE: Record<PurchaseStatus, Tone> = { RECORDED: 'success', REFUNDED: 'neutral' };
