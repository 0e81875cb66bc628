import { calendarIssues } from '../settings.service';
import { DEFAULT_WEEK } from '../business-time';

/** R-SVC-10: a station's opening hours are checked before SLA clocks count in them. */
const week = (monday: number[][]) => DEFAULT_WEEK.map((day, i) => (i === 1 ? monday : day));
const codes = (w: number[][][], holidays: string[] = []) => calendarIssues(w, holidays).map((i) => `${i.field}:${i.code}`);

describe('calendar checks (R-SVC-10)', () => {
  it('accepts the default week, adjacent intervals and closed days', () => {
    expect(calendarIssues(DEFAULT_WEEK, ['2026-10-01'])).toEqual([]);
    expect(codes(week([[540, 720], [720, 1080]]))).toEqual([]);
    expect(codes(week([]))).toEqual([]);
  });

  it('names the weekday and the interval of each problem', () => {
    const [issue] = calendarIssues(week([[540, 720], [700, 1080]]), []);
    expect(issue).toMatchObject({ field: 'week[1][1]', code: 'overlap' });
    expect(issue!.message).toContain('Monday, interval 2 (11:40–18:00)');
    expect(codes(week([[720, 540]]))).toEqual(['week[1][0]:empty_interval']);
    expect(codes(week([[780, 1080], [540, 720]]))).toEqual(['week[1][1]:unsorted']);
    expect(codes(week([[-1, 600]]))).toEqual(['week[1][0]:out_of_range']);
    expect(codes(week([[540, 1441]]))).toEqual(['week[1][0]:out_of_range']);
    expect(codes(week([[540]]))).toEqual(['week[1][0]:not_a_pair']);
  });

  it('wants seven days with some opening hours, and real dates', () => {
    expect(codes(DEFAULT_WEEK.slice(0, 6))).toEqual(['week:length']);
    expect(codes([[], [], [], [], [], [], []])).toEqual(['week:no_open_hours']);
    expect(codes(DEFAULT_WEEK, ['2026-02-29', '2026-13-01', '1 Oct', '2028-02-29'])).toEqual(['holidays[0]:invalid_date', 'holidays[1]:invalid_date', 'holidays[2]:invalid_date']);
  });
});
