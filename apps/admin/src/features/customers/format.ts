import dayjs from 'dayjs';

export const day = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const minute = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
/** Points with a sign, so a ledger line reads as what it did to the balance. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
