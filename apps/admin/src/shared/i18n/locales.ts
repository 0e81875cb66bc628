import type { Locale as AntdLocale } from 'antd/es/locale';
import zhTW from 'antd/locale/zh_TW';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-tw';
import 'dayjs/locale/zh-cn';
import type { Locale } from './core';

export { DEFAULT_LOCALE, LOCALES, LOCALE_INDEX, LOCALE_LABEL, isLocale, type Locale } from './core';

export const ANTD_LOCALE: Record<Locale, AntdLocale> = { 'zh-Hant': zhTW, 'zh-Hans': zhCN, en: enUS };
export const DAYJS_LOCALE: Record<Locale, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' };
