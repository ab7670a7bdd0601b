import { describe, expect, it } from 'vitest';
import type { CartImport, ImportRow } from '../api/cart';
import { importReportOf, linesToAdd, outcomeText, rowSuggestionLabel, suggestionsToUse } from './imports';

const row = (n: number, outcome: string, extra: Partial<ImportRow> = {}): ImportRow => ({
  row: n,
  sku: `SKU-${n}`,
  quantity: 1,
  note: null,
  warehouse: null,
  outcome,
  message: '',
  suggestedQuantity: null,
  suggestedSku: null,
  mergedInto: null,
  warnings: [],
  ...extra,
});

const report = (rows: ImportRow[]): CartImport => ({
  id: 'imp-1',
  source: 'csv',
  status: 'pending',
  createdAt: '2024-03-01T10:00:00Z',
  expiresAt: '2024-03-01T11:00:00Z',
  summary: { rows: rows.length, accepted: 0, fixable: 0, rejected: 0, merged: 0 },
  rows,
});

describe('outcomeText', () => {
  it('says each outcome in words', () => {
    expect(outcomeText(row(1, 'accepted'))).toBe('Ready to add');
    expect(outcomeText(row(1, 'pack-size-multiple'))).toBe('Not a multiple of the pack size');
    expect(outcomeText(row(3, 'duplicate-merged', { mergedInto: 1 }))).toBe('Added to row 1');
    expect(outcomeText(row(1, 'some-new-outcome'))).toBe('some new outcome');
  });
});

describe('rowSuggestionLabel', () => {
  it('names the quantity, the SKU, or both', () => {
    expect(rowSuggestionLabel({ suggestedQuantity: 30, suggestedSku: null }, 'en-US')).toBe('Use 30 instead');
    expect(rowSuggestionLabel({ suggestedQuantity: null, suggestedSku: 'PMP-100080' })).toBe('Use PMP-100080 instead');
    expect(rowSuggestionLabel({ suggestedQuantity: 30, suggestedSku: 'PMP-100080' }, 'en-US')).toBe('Use 30 of PMP-100080 instead');
    expect(rowSuggestionLabel({ suggestedQuantity: null, suggestedSku: null })).toBeNull();
  });
});

describe('lines to add on confirm', () => {
  const rows = report([
    row(1, 'accepted'),
    row(2, 'pack-size-multiple', { suggestedQuantity: 30 }),
    row(3, 'discontinued', { suggestedSku: 'PMP-100080' }),
    row(4, 'unknown-sku'),
    row(5, 'duplicate-merged', { mergedInto: 1 }),
  ]);

  it('counts the accepted rows and the suggestions chosen', () => {
    expect(linesToAdd(rows, new Set())).toBe(1);
    expect(linesToAdd(rows, new Set([2]))).toBe(2);
    expect(linesToAdd(rows, new Set([2, 3]))).toBe(3);
  });

  it('ignores a choice on a row without a suggestion', () => {
    expect(linesToAdd(rows, new Set([4, 5]))).toBe(1);
    expect(suggestionsToUse(rows, new Set([4, 3, 5, 2]))).toEqual([2, 3]);
  });
});

describe('importReportOf', () => {
  it('takes a report passed along in navigation state', () => {
    const passed = report([row(1, 'accepted')]);
    expect(importReportOf({ importReport: passed })).toBe(passed);
  });

  it('ignores anything else', () => {
    expect(importReportOf(null)).toBeNull();
    expect(importReportOf({ importReport: { id: 1 } })).toBeNull();
    expect(importReportOf('x')).toBeNull();
  });
});
