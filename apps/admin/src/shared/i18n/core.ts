import type { PreferredLanguage } from '../../gql/graphql';
import { messages, type Catalogue, type MessageKey } from './messages';

// Kept free of antd and dayjs so the GraphiQL page can translate its few strings without
// downloading the console's component locales.

/** BCP 47 tags, as the server stores them in `User.locale` and as `<html lang>` wants them. */
export type Locale = 'zh-Hant' | 'zh-Hans' | 'en';

export const LOCALES: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-Hant';

export const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-Hant': 0, 'zh-Hans': 1, en: 2 };

/** Each language names itself, so a reader lost in the wrong one can still find theirs. */
export const LOCALE_LABEL: Record<Locale, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

/** The API's name for each console language (customer files, surveys, exports), and back. */
export const LANGUAGE_OF_LOCALE: Record<Locale, PreferredLanguage> = { 'zh-Hant': 'ZH_HANT', 'zh-Hans': 'ZH_HANS', en: 'EN' };
export const LOCALE_OF_LANGUAGE: Record<PreferredLanguage, Locale> = { ZH_HANT: 'zh-Hant', ZH_HANS: 'zh-Hans', EN: 'en' };

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

// The strings known so far: the core catalogue, plus each feature's once its pages load.
const known = new Map<string, readonly [string, string, string]>(Object.entries(messages));

export function addMessages(catalogue: Catalogue): void {
  for (const [key, texts] of Object.entries(catalogue)) known.set(key, texts);
}

/** Whether a key built at run time (an enum value, a permission) has a translation loaded. */
export function hasMessage(key: string): key is MessageKey {
  return known.has(key);
}

let warned = false;

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const texts = known.get(key);
  if (!texts && !warned) {
    // A feature key used where its catalogue has not loaded: the key shows instead of a blank.
    warned = true;
    console.warn(`No translation loaded for "${key}"`);
  }
  const text = texts ? texts[LOCALE_INDEX[locale]] : key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/**
 * Wraps a feature's lazy pages so its catalogue loads with them (once, retried after a
 * network failure): the feature's strings stay out of the console's first download.
 */
export function pagesWithMessages(load: () => Promise<Catalogue>) {
  let ready: Promise<void> | undefined;
  const once = () =>
    (ready ??= load().then(addMessages, (error: unknown) => {
      ready = undefined;
      throw error;
    }));
  return <T>(page: () => Promise<T>) =>
    () =>
      Promise.all([once(), page()]).then(([, loaded]) => loaded);
}
