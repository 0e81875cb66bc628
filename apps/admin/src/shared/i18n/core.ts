import { messages, type MessageKey } from './messages';

// Kept free of antd and dayjs so the GraphiQL page can translate its few strings without
// downloading the console's component locales.

/** BCP 47 tags, as the server stores them in `User.locale` and as `<html lang>` wants them. */
export type Locale = 'zh-Hant' | 'zh-Hans' | 'en';

export const LOCALES: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-Hant';

export const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-Hant': 0, 'zh-Hans': 1, en: 2 };

/** Each language names itself, so a reader lost in the wrong one can still find theirs. */
export const LOCALE_LABEL: Record<Locale, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

export const LOCALE_STORAGE_KEY = 'stationhub.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (private mode, policies); the default still works.
    return DEFAULT_LOCALE;
  }
}

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = messages[key][LOCALE_INDEX[locale]];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
