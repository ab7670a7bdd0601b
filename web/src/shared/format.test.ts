import { describe, expect, it } from 'vitest';
import { formatAge, formatAsOf, formatDate, formatMoney, formatTime, isoDate, parseIsoDate, parseQuantity } from './format';

describe('formatMoney', () => {
  it('formats with the currency', () => {
    expect(formatMoney(12.5, 'EUR', 'en-US')).toBe('€12.50');
    expect(formatMoney(1234, 'EUR', 'en-US')).toBe('€1,234.00');
    expect(formatMoney(12.5, 'EUR', 'de-DE')).toBe('12,50\u00a0€');
  });

  it('keeps sub-cent unit prices', () => {
    expect(formatMoney(0.0125, 'EUR', 'en-US')).toBe('€0.0125');
  });

  it('falls back for an invalid currency code', () => {
    expect(formatMoney(3, 'not a code', 'en-US')).toBe('3.00 not a code');
  });
});

describe('formatAge', () => {
  it.each([
    [-30, 'just now'],
    [59, 'just now'],
    [180, '3 min ago'],
    [3599, '59 min ago'],
    [3600, '1 h ago'],
    [47 * 3600, '47 h ago'],
    [3 * 86400, '3 d ago'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatAge(seconds)).toBe(text);
  });
});

describe('formatAsOf', () => {
  const now = new Date(2024, 2, 5, 14, 5, 30);

  it('shows the local time and age for today', () => {
    const asOf = new Date(2024, 2, 5, 14, 2, 10).toISOString();
    expect(formatAsOf(asOf, now)).toBe('as of 14:02 (3 min ago)');
  });

  it('adds the date when it is not today', () => {
    const asOf = new Date(2024, 2, 3, 9, 7).toISOString();
    expect(formatAsOf(asOf, now)).toBe('as of 2024-03-03 09:07 (2 d ago)');
  });

  it('treats a timestamp slightly in the future (clock skew) as now', () => {
    const asOf = new Date(2024, 2, 5, 14, 6).toISOString();
    expect(formatAsOf(asOf, now)).toBe('as of 14:06 (just now)');
  });

  it('gives null without a usable timestamp', () => {
    expect(formatAsOf(null, now)).toBeNull();
    expect(formatAsOf('not a date', now)).toBeNull();
  });
});

describe('parseQuantity', () => {
  it('parses typed quantities', () => {
    expect(parseQuantity('12')).toBe(12);
    expect(parseQuantity(' 2,5 ')).toBe(2.5);
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('-3')).toBeNull();
    expect(parseQuantity('abc')).toBeNull();
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as a local calendar day', () => {
    const date = parseIsoDate('2024-03-07');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2024, 2, 7]);
    expect(isoDate(new Date(2024, 2, 7, 23, 59))).toBe('2024-03-07');
  });

  it('refuses what is not a calendar day', () => {
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('7.3.2024')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('formats a date in the locale and leaves anything else as it came', () => {
    expect(formatDate('2024-03-07', 'en-GB')).toBe('7 Mar 2024');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

describe('formatTime', () => {
  it('gives the local time of day only, and leaves anything else as it came', () => {
    expect(formatTime(new Date(2024, 2, 7, 14, 2).toISOString(), 'en-GB')).toBe('14:02');
    expect(formatTime('later', 'en-GB')).toBe('later');
  });
});
