export { I18nProvider, translate, type Translate } from './I18nProvider';
export { useI18n } from './useI18n';
export { ANTD_LOCALE, LOCALES, LOCALE_LABEL, DEFAULT_LOCALE, isLocale, type Locale } from './locales';
export type { MessageKey } from './messages';
