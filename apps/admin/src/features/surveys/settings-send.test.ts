import { describe, expect, it } from 'vitest';
import { campaignFilter, canReturnLink, sendInput, sendProblems, skippedOf, type SendDraft } from './settings-send';

const NOW = '2026-12-02T08:00:00.000Z';
const base: SendDraft = { audience: 'CUSTOMERS', customerIds: ['c1'], delivery: 'EMAIL', respectQuietPeriod: true };

describe('sending a survey (R-SAT-1)', () => {
  it('needs customers for a list and a size for a sample', () => {
    expect(sendProblems({ ...base, customerIds: [] }, NOW)).toEqual([{ field: 'customerIds', code: 'noCustomers' }]);
    expect(sendProblems({ ...base, audience: 'SAMPLE', sampleSize: null }, NOW)).toEqual([{ field: 'sampleSize', code: 'noSampleSize' }]);
    expect(sendProblems({ ...base, audience: 'SAMPLE', sampleSize: 5001 }, NOW)).toEqual([{ field: 'sampleSize', code: 'noSampleSize' }]);
    expect(sendProblems({ ...base, audience: 'SAMPLE', sampleSize: 20 }, NOW)).toEqual([]);
    expect(sendProblems({ ...base, audience: 'CAMPAIGN' }, NOW)).toEqual([]);
  });

  it('hands a link back only for one customer sent now', () => {
    expect(canReturnLink(base, NOW)).toBe(true);
    expect(canReturnLink({ ...base, customerIds: ['c1', 'c2'] }, NOW)).toBe(false);
    expect(canReturnLink({ ...base, audience: 'SAMPLE' }, NOW)).toBe(false);
    expect(canReturnLink({ ...base, sendAt: '2026-12-03T00:00:00.000Z' }, NOW)).toBe(false);
    // A time already past is "now" to the API.
    expect(canReturnLink({ ...base, sendAt: '2026-12-01T00:00:00.000Z' }, NOW)).toBe(true);
    expect(sendProblems({ ...base, delivery: 'LINK', customerIds: ['c1', 'c2'] }, NOW)).toEqual([{ field: 'delivery', code: 'linkNeedsOne' }]);
    expect(sendProblems({ ...base, delivery: 'LINK', sendAt: '2026-12-03T00:00:00.000Z' }, NOW)).toEqual([{ field: 'delivery', code: 'linkNotLater' }]);
  });

  it('sends named customers once each, with the link when asked', () => {
    const input = sendInput({ ...base, customerIds: ['c1', 'c1'], delivery: 'LINK', campaign: '  ', templateId: 't1' }, NOW);
    // The API refuses LINK as a delivery: a link to hand over is asked for with returnLink.
    expect(input).toEqual({ customerIds: ['c1'], campaign: null, templateId: 't1', sendAt: null, delivery: null, language: null, respectQuietPeriod: true, returnLink: true });
  });

  it('sends a sample through the CRM filter, empty when nothing narrows it', () => {
    const input = sendInput({ ...base, audience: 'SAMPLE', sampleSize: 30, respectQuietPeriod: false, campaign: ' 年終抽樣 ' }, NOW);
    expect(input).toEqual({ filter: {}, sampleSize: 30, campaign: '年終抽樣', templateId: null, sendAt: null, delivery: 'EMAIL', language: null, respectQuietPeriod: false, returnLink: false });
  });

  it('puts everyone on the phone list for a phone survey', () => {
    const draft: SendDraft = { ...base, audience: 'SAMPLE', sampleSize: 10, delivery: 'PHONE' };
    expect(sendProblems(draft, NOW)).toEqual([]);
    expect(sendInput(draft, NOW)).toMatchObject({ delivery: 'PHONE', returnLink: false });
  });

  it('asks everyone in the language chosen, else each customer in their own', () => {
    expect(sendInput({ ...base, language: 'EN' }, NOW).language).toBe('EN');
    expect(sendInput({ ...base, language: null }, NOW).language).toBeNull();
    expect(sendInput(base, NOW).language).toBeNull();
  });

  it('keeps a later send time, drops a past one', () => {
    expect(sendInput({ ...base, sendAt: '2026-12-05T01:00:00.000Z' }, NOW).sendAt).toBe('2026-12-05T01:00:00.000Z');
    expect(sendInput({ ...base, sendAt: '2026-11-05T01:00:00.000Z' }, NOW).sendAt).toBeNull();
  });

  it('builds the campaign filter from the fields filled in', () => {
    expect(
      campaignFilter({ ...base, audience: 'CAMPAIGN', stationId: 's1', tierIds: [], tags: ['VIP'], marketingConsent: 'no', lastPurchase: ['2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z'] }),
    ).toEqual({ stationId: 's1', tags: ['VIP'], marketingConsent: false, lastPurchaseFrom: '2026-01-01T00:00:00Z', lastPurchaseBefore: '2026-07-01T00:00:00Z' });
  });

  it('lists the invitations the quiet period skipped', () => {
    const rows = [
      { id: '1', status: 'SENT', skipReason: null },
      { id: '2', status: 'SKIPPED', skipReason: 'QUIET_PERIOD' },
    ];
    expect(skippedOf(rows).map((r) => r.id)).toEqual(['2']);
  });
});
