import en from '../../../public/i18n/dashboard/en.json';
import zh from '../../../public/i18n/dashboard/zh-CN.json';
import { PRESETS, percent, rangeOf, rangeQuery, yuan } from './dashboard-range';

const keysOf = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('dashboard ranges', () => {
  const now = new Date(2026, 11, 3, 15, 30); // 3 Dec 2026, 15:30 local

  it('today is midnight to midnight; 7 and 30 days end at tomorrow midnight, today included', () => {
    expect(rangeOf('today', now)).toEqual({ from: new Date(2026, 11, 3), to: new Date(2026, 11, 4) });
    expect(rangeOf('7d', now)).toEqual({ from: new Date(2026, 10, 27), to: new Date(2026, 11, 4) });
    expect(rangeOf('30d', now)).toEqual({ from: new Date(2026, 10, 4), to: new Date(2026, 11, 4) });
  });

  it('a custom range covers both days whole; unfinished or reversed ranges are not sent', () => {
    expect(rangeOf('custom', now, { start: new Date(2026, 10, 1, 9), end: new Date(2026, 10, 2) })).toEqual({
      from: new Date(2026, 10, 1),
      to: new Date(2026, 10, 3),
    });
    expect(rangeOf('custom', now, { start: new Date(2026, 10, 1), end: null })).toBeNull();
    expect(rangeOf('custom', now, { start: new Date(2026, 10, 2), end: new Date(2026, 10, 1) })).toBeNull();
  });

  it('the query carries instants, the calendar offset and the brand only when chosen', () => {
    const range = { from: new Date('2026-12-02T16:00:00Z'), to: new Date('2026-12-03T16:00:00Z') };
    const q = rangeQuery(range, '', now);
    expect(q).toEqual({ from: '2026-12-02T16:00:00.000Z', to: '2026-12-03T16:00:00.000Z', tzOffsetMinutes: -now.getTimezoneOffset() });
    expect(rangeQuery(range, '7', now).brandId).toBe('7');
  });

  it('percentages and money are shown without float surprises', () => {
    expect(percent(1, 3)).toBe('33.3 %');
    expect(percent(0, 0)).toBe('–');
    expect(yuan('1234567.5')).toBe('1,234,567.50');
    expect(yuan('0.10')).toBe('0.10');
    expect(yuan('-20.00')).toBe('-20.00');
  });

  it('the dashboard copy has the same words in both languages, a name for every range and feed state', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
    for (const p of PRESETS) expect(zh.presets[p]).toBeTruthy();
    expect(Object.keys(zh.live.states).sort()).toEqual(['connecting', 'live', 'reconnecting']);
  });
});
