import { describe, expect, it } from 'vitest';
import { sameSettings, settingsInput, settingsValues, templateOptions, TRIGGER_SOURCES } from './settings-form';

const SAVED = {
  quietDays: 30,
  linkValidDays: 14,
  correctiveDays: 30,
  defaultTemplate: { id: 't1' },
  triggers: [
    { source: 'VISIT' as const, enabled: true, delayHours: 2 },
    { source: 'TICKET' as const, enabled: true, delayHours: 24 },
    { source: 'RE_SURVEY' as const, enabled: false, delayHours: 72 },
  ],
};

describe('survey settings form (R-SAT-1)', () => {
  it('shows the four triggers in a fixed order, one the API does not list as off', () => {
    const v = settingsValues(SAVED);
    expect(v.triggers.map((t) => t.source)).toEqual([...TRIGGER_SOURCES]);
    expect(v.triggers[0]).toEqual({ source: 'TICKET', enabled: true, delayHours: 24 });
    expect(v.triggers[1]).toEqual({ source: 'REPAIR', enabled: false, delayHours: 0 });
    expect(v.triggers[3]).toEqual({ source: 'RE_SURVEY', enabled: false, delayHours: 72 });
    expect(v.defaultTemplateId).toBe('t1');
  });

  it('ignores sources that are not triggers', () => {
    const v = settingsValues({ ...SAVED, triggers: [...SAVED.triggers, { source: 'CAMPAIGN', enabled: true, delayHours: 1 }] });
    expect(v.triggers).toHaveLength(4);
  });

  it('sends every trigger and the numbers, and no default template when none is chosen', () => {
    const v = settingsValues({ ...SAVED, defaultTemplate: null });
    const input = settingsInput({ ...v, quietDays: 45 });
    expect(input.quietDays).toBe(45);
    expect(input.triggers).toHaveLength(4);
    expect(input).not.toHaveProperty('defaultTemplateId');
    expect(settingsInput(settingsValues(SAVED)).defaultTemplateId).toBe('t1');
  });

  it('tells a changed form from the saved one', () => {
    const v = settingsValues(SAVED);
    expect(sameSettings(v, settingsValues(SAVED))).toBe(true);
    const changed = { ...v, triggers: v.triggers.map((t) => (t.source === 'TICKET' ? { ...t, delayHours: 12 } : t)) };
    expect(sameSettings(v, changed)).toBe(false);
  });
});

describe('template options', () => {
  const tpl = { id: 't1', code: 'R-SAT-2', latestVersion: 2, title: { zhHant: '顧客滿意度調查', zhHans: '顾客满意度调查', en: 'Customer satisfaction survey' } };
  it('names each by code and title in the reader’s language, with the version sent', () => {
    expect(templateOptions([tpl], 'zh-Hant')).toEqual([{ value: 't1', label: 'R-SAT-2 · 顧客滿意度調查 (v2)' }]);
    expect(templateOptions([tpl], 'zh-Hans')[0]!.label).toBe('R-SAT-2 · 顾客满意度调查 (v2)');
    expect(templateOptions([tpl], 'en')[0]!.label).toBe('R-SAT-2 · Customer satisfaction survey (v2)');
  });
});
