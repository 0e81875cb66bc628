import type { Locale as AntdLocale } from 'antd/es/locale';
import zhTW from 'antd/locale/zh_TW';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-tw';
import 'dayjs/locale/zh-cn';

/** BCP 47 tags, as the server stores them in `User.locale` and as `<html lang>` wants them. */
export type Locale = 'zh-Hant' | 'zh-Hans' | 'en';

export const LOCALES: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-Hant';

export const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-Hant': 0, 'zh-Hans': 1, en: 2 };

/** Each language names itself, so a reader lost in the wrong one can still find theirs. */
export const LOCALE_LABEL: Record<Locale, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

export const ANTD_LOCALE: Record<Locale, AntdLocale> = { 'zh-Hant': zhTW, 'zh-Hans': zhCN, en: enUS };
export const DAYJS_LOCALE: Record<Locale, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
