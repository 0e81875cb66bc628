import type { Translate } from '../../shared/i18n';

/*
 * The points ledger's reasons as the reader's language says them. The API writes the reasons
 * of the entries it makes itself in fixed English forms (a purchase's points, the birthday
 * gift, an expiry, a refund); those are recognised and worded here. What a person typed (an
 * adjustment, a bonus rule's name, an integration's reason) is shown as written.
 */

const FORMS: readonly [RegExp, (m: RegExpExecArray, t: Translate) => string][] = [
  [/^Purchase (\S+) \(×([\d.]+)\)$/, (m, t) => t('ledger.purchase', { order: m[1]!, multiplier: m[2]! })],
  [/^Birthday gift \((\S+)\)$/, (m, t) => t('ledger.birthday', { tier: m[1]! })],
  [/^Points expired$/, (_, t) => t('ledger.expired')],
  [/^Points owed from an earlier refund$/, (_, t) => t('ledger.owedTaken')],
  [/^Refund of order (\S+) \((\d+) points already spent are owed\)$/, (m, t) => t('ledger.refundOwed', { order: m[1]!, owed: m[2]! })],
  [/^Refund of order (\S+)$/, (m, t) => t('ledger.refund', { order: m[1]! })],
];

export function ledgerReason(reason: string, t: Translate): string {
  for (const [form, word] of FORMS) {
    const m = form.exec(reason);
    if (m) return word(m, t);
  }
  return reason;
}

const SOURCES = new Set(['PURCHASE', 'REFUND', 'API', 'CONSOLE', 'EXPIRY']);

/** Where an entry came from: the API's fixed sources worded, a bonus rule by its code. */
export function ledgerSource(source: string, t: Translate): string {
  if (SOURCES.has(source)) return t(`ledger.source.${source}` as Parameters<Translate>[0]);
  if (source.startsWith('BONUS:')) return t('ledger.source.bonus', { rule: source.slice(6) });
  return source;
}
