import { describe, expect, it } from 'vitest';
import { SlaState, slaStateOf } from '../sla-state';
import { TicketStatus } from '../ticket.entity';

const OPENED = Date.parse('2026-12-07T09:00:00+08:00');
const at = (minutes: number) => new Date(OPENED + minutes * 60_000);
const clock = (extra: Partial<Parameters<typeof slaStateOf>[0]> = {}): Parameters<typeof slaStateOf>[0] => ({
  status: TicketStatus.OPEN,
  openedAt: at(0),
  pausedAt: null,
  firstResponseDueAt: at(120),
  firstRespondedAt: null,
  nextUpdateDueAt: null,
  resolutionDueAt: at(960),
  ...extra,
});

// The console's badge reads the same clock the same way (apps/admin sla.ts); the queue filter
// in SQL (whereSlaState) is checked against this reading in the e2e suite.
describe('SLA state of a case now (R-SVC-10)', () => {
  it('is on track, then in its last quarter a warning, then breached once the due time has passed', () => {
    expect(slaStateOf(clock(), at(89))).toBe(SlaState.ON_TRACK);
    expect(slaStateOf(clock(), at(90))).toBe(SlaState.WARNING);
    expect(slaStateOf(clock(), at(120))).toBe(SlaState.WARNING);
    expect(slaStateOf(clock(), new Date(at(120).getTime() + 1))).toBe(SlaState.BREACHED);
  });

  it('counts to the next update once answered, or the resolution when that is sooner', () => {
    const answered = clock({ status: TicketStatus.IN_PROGRESS, firstRespondedAt: at(10), nextUpdateDueAt: at(2000) });
    // Resolution at 960 is the next target: its last quarter starts at 720.
    expect(slaStateOf(answered, at(700))).toBe(SlaState.ON_TRACK);
    expect(slaStateOf(answered, at(720))).toBe(SlaState.WARNING);
    // A breached first response no longer counts once answered.
    expect(slaStateOf({ ...answered, nextUpdateDueAt: at(400) }, at(401))).toBe(SlaState.BREACHED);
  });

  it('is paused while waiting for the customer, and none once finished or without targets', () => {
    expect(slaStateOf(clock({ status: TicketStatus.WAITING_CUSTOMER, pausedAt: at(5) }), at(500))).toBe(SlaState.PAUSED);
    expect(slaStateOf(clock({ status: TicketStatus.RESOLVED }), at(10))).toBeNull();
    expect(slaStateOf(clock({ firstResponseDueAt: null, resolutionDueAt: null }), at(10))).toBeNull();
  });
});
