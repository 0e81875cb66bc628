import type { SurveySettingsInput, SurveySource } from '../../gql/graphql';

/** The events that send a survey by themselves (R-SAT-1); the other sources are sent by people. */
export const TRIGGER_SOURCES = ['TICKET', 'REPAIR', 'VISIT', 'RE_SURVEY'] as const satisfies readonly SurveySource[];
export type TriggerSource = (typeof TRIGGER_SOURCES)[number];

/** The API's bounds, checked here too so a wrong number is refused in the reader's language at once. */
export const SETTINGS_LIMITS = {
  delayHours: [0, 720],
  quietDays: [0, 365],
  linkValidDays: [1, 90],
  correctiveDays: [1, 365],
} as const satisfies Record<string, readonly [number, number]>;

export interface TriggerValues {
  source: TriggerSource;
  enabled: boolean;
  delayHours: number;
}

export interface SettingsValues {
  triggers: TriggerValues[];
  quietDays: number;
  linkValidDays: number;
  correctiveDays: number;
  defaultTemplateId: string | null;
}

interface SavedSettings {
  quietDays: number;
  linkValidDays: number;
  correctiveDays: number;
  triggers: readonly { source: SurveySource; enabled: boolean; delayHours: number }[];
  defaultTemplate?: { id: string } | null;
}

const isTrigger = (source: SurveySource): source is TriggerSource => (TRIGGER_SOURCES as readonly SurveySource[]).includes(source);

/**
 * The form's values, one row per trigger in a fixed order whatever order the API keeps them
 * in; a trigger the settings do not mention is shown off, which is what the API does with it.
 */
export function settingsValues(saved: SavedSettings): SettingsValues {
  const bySource = new Map(saved.triggers.filter((t) => isTrigger(t.source)).map((t) => [t.source, t]));
  return {
    triggers: TRIGGER_SOURCES.map((source) => {
      const t = bySource.get(source);
      return { source, enabled: t?.enabled ?? false, delayHours: t?.delayHours ?? 0 };
    }),
    quietDays: saved.quietDays,
    linkValidDays: saved.linkValidDays,
    correctiveDays: saved.correctiveDays,
    defaultTemplateId: saved.defaultTemplate?.id ?? null,
  };
}

/** Every trigger is sent, so the saved settings are exactly what the form shows. */
export function settingsInput(values: SettingsValues): SurveySettingsInput {
  return {
    quietDays: values.quietDays,
    linkValidDays: values.linkValidDays,
    correctiveDays: values.correctiveDays,
    // The API cannot clear the default (null means "unchanged"), so none is sent rather than null.
    ...(values.defaultTemplateId ? { defaultTemplateId: values.defaultTemplateId } : {}),
    triggers: values.triggers.map(({ source, enabled, delayHours }) => ({ source, enabled, delayHours })),
  };
}

export function sameSettings(a: SettingsValues, b: SettingsValues): boolean {
  return JSON.stringify(settingsInput(a)) === JSON.stringify(settingsInput(b));
}

interface TemplateSummary {
  id: string;
  code: string;
  latestVersion: number;
  title: { zhHant: string; zhHans: string; en: string };
}

const TITLE_FIELD = { 'zh-Hant': 'zhHant', 'zh-Hans': 'zhHans', en: 'en' } as const;

/** Templates to pick from, by code and title in the reader's language and the version a send asks. */
export function templateOptions(templates: readonly TemplateSummary[], locale: keyof typeof TITLE_FIELD): { value: string; label: string }[] {
  return templates.map((tpl) => ({ value: tpl.id, label: `${tpl.code} · ${tpl.title[TITLE_FIELD[locale]]} (v${tpl.latestVersion})` }));
}
