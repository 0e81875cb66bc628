import { describe, expect, it } from 'vitest';
import { MAX_OFFSET, pageArgs, pagerTotal } from './paging';

describe('pagerTotal', () => {
  it('leaves a list that fits alone', () => {
    expect(pagerTotal(160, 20)).toEqual({ total: 160, capped: false });
  });

  it('stops the pager at the last page whose offset the API accepts', () => {
    const { total, capped } = pagerTotal(250_000, 20);
    expect(capped).toBe(true);
    expect(total).toBe(10_020);
    const lastOffset = (Math.ceil(total / 20) - 1) * 20;
    expect(lastOffset).toBeLessThanOrEqual(MAX_OFFSET);
  });

  it('works for page sizes that do not divide the limit', () => {
    const { total } = pagerTotal(50_000, 30);
    expect((Math.ceil(total / 30) - 1) * 30).toBeLessThanOrEqual(MAX_OFFSET);
  });
});

describe('pageArgs', () => {
  it('turns a 1-based page into first and offset', () => {
    expect(pageArgs({ current: 3, pageSize: 50 })).toEqual({ first: 50, offset: 100 });
    expect(pageArgs({})).toEqual({ first: 20, offset: 0 });
  });
});
