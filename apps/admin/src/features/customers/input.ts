/** Optional text a form sends: trimmed, and null when left blank so the server clears it. */
export const blankToNull = (v?: string | null) => (v?.trim() ? v.trim() : null);
