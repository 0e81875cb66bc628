import type { MessageKey, Translate } from '../../shared/i18n';
import { processMessages } from './messages';

function known(key: string): key is MessageKey & keyof typeof processMessages {
  return Object.hasOwn(processMessages, key);
}

/**
 * A document kind in the reader's language: the console's own wording for the regime's kinds,
 * else the definition's names (a kind published later), else its code.
 */
export function kindLabel(kind: string, t: Translate, names?: { name: string; nameEn?: string | null } | null, pick?: (zh: string, en: string | null | undefined) => string): string {
  const key = `process.kind.${kind}`;
  if (known(key)) return t(key);
  if (names && pick) return pick(names.name, names.nameEn);
  return names?.name ?? kind;
}

/** Definitions label their fields in Chinese only; the regime's fields get all three languages. */
export function fieldLabel(field: { key: string; label: string }, t: Translate, locale: string): string {
  const key = `document.field.${field.key}`;
  // Traditional Chinese readers see the definition's own wording, which an administrator may have changed.
  if (locale !== 'zh-Hant' && known(key)) return t(key);
  return field.label;
}

export function choiceLabel(code: string, t: Translate): string {
  const key = `document.choice.${code}`;
  return known(key) ? t(key) : code;
}
