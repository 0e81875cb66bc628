import type { SaveSurveyTemplateInput, SurveyItemKind } from '../../gql/graphql';
import type { Locale } from '../../shared/i18n';

/** The three languages every survey text is written in, in the order the regime reads them. */
export type Lang = 'zhHant' | 'zhHans' | 'en';
export const LANGS: readonly Lang[] = ['zhHant', 'zhHans', 'en'];
export type Texts = Record<Lang, string>;
export const LANG_LOCALE: Record<Lang, Locale> = { zhHant: 'zh-Hant', zhHans: 'zh-Hans', en: 'en' };

export const ITEM_KINDS: readonly SurveyItemKind[] = ['OVERALL', 'LEVEL5', 'NPS', 'TEXT'];

// The API's limits (SaveSurveyTemplateInput), checked here first so a draft is corrected
// in one pass instead of one server round trip per mistake.
export const MAX_ITEMS = 40;
export const MAX_TEXT = 300;
export const MAX_NOTE = 500;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

export interface DraftItem {
  /** Identifies the question on screen while its key is being typed or it is moved. */
  uid: string;
  key: string;
  kind: SurveyItemKind;
  required: boolean;
  label: Texts;
}

export interface Draft {
  /** Only a new template names its code; a template's code never changes. */
  code: string;
  title: Texts;
  intro: Texts;
  items: DraftItem[];
  /** What this version changes; it belongs to the version about to be published, so it starts empty. */
  note: string;
}

/** A published version, as far as a draft is concerned. */
export interface VersionLike {
  title: Texts;
  intro?: Texts | null;
  items: readonly { key: string; kind: SurveyItemKind; required: boolean; label: Texts }[];
}

export type IssueCode = 'required' | 'tooLong' | 'codeFormat' | 'codeTaken' | 'keyFormat' | 'duplicateKey' | 'kindChanged' | 'overallCount' | 'tooMany' | 'introPartial';

/**
 * One problem of a draft. `path` names the field as the API does, without `input.`
 * (`title.en`, `items.2.key`, `items` for the list as a whole).
 */
export interface DraftIssue {
  path: string;
  code: IssueCode;
  vars?: Record<string, string | number>;
}

const LANG_OF: Record<Locale, Lang> = { 'zh-Hant': 'zhHant', 'zh-Hans': 'zhHans', en: 'en' };

/** A text in the reader's language. */
export function textIn(texts: Texts | null | undefined, locale: Locale): string {
  return texts?.[LANG_OF[locale]] ?? '';
}

const blank = (): Texts => ({ zhHant: '', zhHans: '', en: '' });
const copy = (t: Texts | null | undefined): Texts => ({ zhHant: t?.zhHant ?? '', zhHans: t?.zhHans ?? '', en: t?.en ?? '' });

let uids = 0;
const nextUid = () => `q${++uids}`;

export function newItem(kind: SurveyItemKind = 'LEVEL5'): DraftItem {
  return { uid: nextUid(), key: '', kind, required: kind === 'OVERALL', label: blank() };
}

/** A new template starts with the one question every survey must have (R-SAT-3). */
export function newDraft(): Draft {
  return { code: '', title: blank(), intro: blank(), items: [{ ...newItem('OVERALL'), key: 'overall' }], note: '' };
}

/** The next version starts as a copy of the latest one. */
export function draftOf(version: VersionLike, code: string): Draft {
  return {
    code,
    title: copy(version.title),
    intro: copy(version.intro),
    items: version.items.map((i) => ({ uid: nextUid(), key: i.key, kind: i.kind, required: i.required, label: copy(i.label) })),
    note: '',
  };
}

/** The OVERALL question is always required, so choosing that kind ticks it. */
export function withKind(item: DraftItem, kind: SurveyItemKind): DraftItem {
  return { ...item, kind, required: kind === 'OVERALL' ? true : item.required };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * A key suggested from the English question: `Waiting time` → `waiting_time`. Keys are
 * what the reports group answers by across versions, so they are worth a readable name.
 */
export function keyFrom(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!words) return '';
  return (/^[a-z]/.test(words) ? words : `q_${words}`).slice(0, 40).replace(/_+$/, '');
}

const trimmed = (t: Texts): Texts => ({ zhHant: t.zhHant.trim(), zhHans: t.zhHans.trim(), en: t.en.trim() });
const isBlank = (t: Texts) => LANGS.every((l) => !t[l].trim());

/** The template a next version is drafted from: the API refuses it once someone published after `latestVersion` (R-SAT-2). */
export interface DraftBase {
  id: string;
  latestVersion: number;
}

/** The draft as `saveSurveyTemplate` takes it: a new template (no base) or the next version of one. */
export function draftInput(draft: Draft, base?: DraftBase | null): SaveSurveyTemplateInput {
  return {
    ...(base ? { id: base.id, expectedVersion: base.latestVersion } : { code: draft.code.trim().toUpperCase() }),
    title: trimmed(draft.title),
    intro: isBlank(draft.intro) ? null : trimmed(draft.intro),
    items: draft.items.map((i) => ({ key: i.key.trim(), kind: i.kind, required: i.kind === 'OVERALL' || i.required, label: trimmed(i.label) })),
    note: draft.note.trim() || null,
  };
}

/** Identifies what a draft would publish, so "unpublished changes" ignores stray spaces and screen ids. */
export function draftKey(draft: Draft): string {
  return JSON.stringify(draftInput(draft));
}

function checkTexts(issues: DraftIssue[], path: string, texts: Texts): void {
  for (const lang of LANGS) {
    const text = texts[lang].trim();
    if (!text) issues.push({ path: `${path}.${lang}`, code: 'required' });
    else if (text.length > MAX_TEXT) issues.push({ path: `${path}.${lang}`, code: 'tooLong', vars: { n: MAX_TEXT } });
  }
}

/**
 * What the API would refuse (R-SAT-2, R-SAT-3): the code of a new template, every text in all
 * three languages, unique keys in the API's key format, exactly one OVERALL question, and each
 * key of an earlier version keeping the kind it had there, so its answers compare over time.
 */
export function validateDraft(draft: Draft, opts: { isNew: boolean; earlier?: VersionLike['items'] }): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (opts.isNew) {
    const code = draft.code.trim().toUpperCase();
    if (!code) issues.push({ path: 'code', code: 'required' });
    else if (!CODE.test(code)) issues.push({ path: 'code', code: 'codeFormat' });
  }
  checkTexts(issues, 'title', draft.title);
  if (!isBlank(draft.intro)) {
    const missing = LANGS.filter((l) => !draft.intro[l].trim());
    for (const lang of missing) issues.push({ path: `intro.${lang}`, code: 'introPartial' });
    for (const lang of LANGS) if (draft.intro[lang].trim().length > MAX_TEXT) issues.push({ path: `intro.${lang}`, code: 'tooLong', vars: { n: MAX_TEXT } });
  }

  const kindOf = new Map((opts.earlier ?? []).map((i) => [i.key, i.kind]));
  const counts = new Map<string, number>();
  for (const item of draft.items) counts.set(item.key.trim(), (counts.get(item.key.trim()) ?? 0) + 1);
  draft.items.forEach((item, n) => {
    const key = item.key.trim();
    if (!key) issues.push({ path: `items.${n}.key`, code: 'required' });
    else if (!KEY.test(key)) issues.push({ path: `items.${n}.key`, code: 'keyFormat' });
    else if ((counts.get(key) ?? 0) > 1) issues.push({ path: `items.${n}.key`, code: 'duplicateKey' });
    const was = kindOf.get(key);
    if (was && was !== item.kind) issues.push({ path: `items.${n}.kind`, code: 'kindChanged', vars: { was } });
    checkTexts(issues, `items.${n}.label`, item.label);
  });
  const overall = draft.items.filter((i) => i.kind === 'OVERALL').length;
  if (overall !== 1) issues.push({ path: 'items', code: 'overallCount', vars: { n: overall } });
  if (draft.items.length > MAX_ITEMS) issues.push({ path: 'items', code: 'tooMany', vars: { n: MAX_ITEMS } });
  if (draft.note.trim().length > MAX_NOTE) issues.push({ path: 'note', code: 'tooLong', vars: { n: MAX_NOTE } });
  return issues;
}

/** An issue as the API reports it in `extensions.issues`. */
export interface ServerIssue {
  field: string;
  code?: string;
  message: string;
}

/** What the console knows about a refused publish: the draft it sent and the questions of the versions it has read. */
export interface SentDraft {
  draft: Draft;
  earlier: VersionLike['items'];
}

/**
 * The API's issues as draft issues where the console words them itself (the service's own
 * rules and the format rules of keys and codes); `null` for the others, which keep the
 * shared translation. The details of the service's rules come from what the console knows,
 * never from the server's English: it counts the OVERALL questions it sent (R-SAT-3), and
 * names a key's earlier kind from the history it read (R-SAT-2), if that version is in it.
 */
export function draftIssueOf(issue: ServerIssue, sent: SentDraft): DraftIssue | null {
  const path = issue.field.replace(/^input\./, '');
  const [, index, field] = path.split('.');
  const last = path.split('.').at(-1);
  switch (issue.code) {
    case 'overall_count':
      return { path, code: 'overallCount', vars: { n: sent.draft.items.filter((i) => i.kind === 'OVERALL').length } };
    case 'kind_changed': {
      const key = field === 'kind' ? sent.draft.items[Number(index)]?.key.trim() : undefined;
      const was = key ? sent.earlier.find((i) => i.key === key)?.kind : undefined;
      return was ? { path, code: 'kindChanged', vars: { was } } : null;
    }
    case 'duplicate':
      return { path, code: last === 'code' ? 'codeTaken' : 'duplicateKey' };
    case 'required':
      return { path, code: 'required' };
    case 'matches':
      return last === 'code' ? { path, code: 'codeFormat' } : last === 'key' ? { path, code: 'keyFormat' } : null;
    case 'arrayMaxSize':
      return { path, code: 'tooMany', vars: { n: MAX_ITEMS } };
    default:
      return null;
  }
}

/** The id of the input a draft path names (`items.2.label.en` → `tpl-items-2-label-en`), so an issue can point at it. */
export function fieldId(path: string): string {
  return `tpl-${path.replaceAll('.', '-')}`;
}
