export { I18nProvider, type Translate } from './I18nProvider';
export { addMessages, hasMessage, LANGUAGE_OF_LOCALE, LOCALE_OF_LANGUAGE, pagesWithMessages, translate } from './core';
export { useI18n } from './useI18n';
export { ANTD_LOCALE, LOCALES, LOCALE_LABEL, DEFAULT_LOCALE, isLocale, type Locale } from './locales';
export type { Catalogue, CoreMessageKey, MessageKey } from './messages';
export { localiseError, localiseImportIssue, localiseIssue, type ConflictReason, type ImportIssueCode, type IssueCode } from './serverErrors';
