import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../shared/i18n';
import { processMessages } from './messages';
import { historyComment, historyLabel, stepDisplay } from './history';

// As the feature's routes load it with its pages.
addMessages(processMessages);

const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);
const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh-Hant', key, vars);
const STEPS = ['Department head', 'Finance review'];

describe('history labels', () => {
  it('names the actor and the step decided', () => {
    expect(historyLabel({ action: 'APPROVED', actorName: '張雅婷', stepIndex: 0 }, STEPS, en)).toBe('張雅婷 approved “Department head”');
  });

  it('says for whom a deputy acted (R-ORG-4)', () => {
    expect(historyLabel({ action: 'APPROVED', actorName: '王小明', actingForName: '張雅婷', stepIndex: 0 }, STEPS, zh)).toBe('王小明 代 張雅婷 核准「Department head」');
  });

  it('credits the engine when nobody acted, and names the approver a step went to', () => {
    expect(historyLabel({ action: 'STEP_OPENED', actorName: null, stepIndex: 1, comment: '蔡淑芬' }, STEPS, en)).toBe('“Finance review” went to 蔡淑芬');
    expect(historyLabel({ action: 'ESCALATED', actorName: null, stepIndex: 1 }, STEPS, en)).toBe('System escalated the overdue “Finance review”');
  });

  it('keeps an action it does not know readable', () => {
    expect(historyLabel({ action: 'ARCHIVED' as never, actorName: 'A' }, STEPS, en)).toBe('A: ARCHIVED');
  });

  it('shows comments, except the approver name STEP_OPENED carries', () => {
    expect(historyComment({ action: 'REJECTED', comment: '發票抬頭錯誤' })).toBe('發票抬頭錯誤');
    expect(historyComment({ action: 'STEP_OPENED', comment: '蔡淑芬' })).toBeNull();
    expect(historyComment({ action: 'APPROVED', comment: '  ' })).toBeNull();
  });

  it('draws returned and rejected steps as errors', () => {
    expect(['OPEN', 'APPROVED', 'RETURNED', 'SKIPPED'].map((s) => stepDisplay(s as never))).toEqual(['process', 'finish', 'error', 'wait']);
  });
});
