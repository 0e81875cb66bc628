import dayjs from 'dayjs';

/** A date or an instant as the console writes it everywhere: a table reads the same on every page. */
export const day = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const minute = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
