import { describe, expect, it } from 'vitest';
import type { CartLine, CartView } from '../api/cart';
import type { OrderFinding } from '../api/findings';
import type { PreviewLine } from '../api/orders';
import { cartRows, lineValuesOf, sameLineValues } from './cartRows';

const line = (sku: string, quantity = 1): CartLine => ({ sku, quantity, note: null, warehouse: null, addedAt: '2024-03-01T10:00:00Z' });
const check = (lineNumber: number, sku: string): PreviewLine => ({
  lineNumber,
  sku,
  quantity: 1,
  note: null,
  warehouse: null,
  product: null,
  price: null,
  allocations: [],
});
const finding = (code: string, lineNumber: number | null): OrderFinding => ({
  code,
  layer: 'business',
  severity: 'error',
  line: lineNumber,
  sku: null,
  field: null,
  message: code,
});

const view = (lines: CartLine[], checks: PreviewLine[] | null, findings: OrderFinding[] = []): CartView => ({
  cart: { accountId: 'a1', lines, updatedAt: null, version: 1 },
  checks: checks && {
    lines: checks,
    totals: { currency: 'EUR', netAmount: 0, lineCount: checks.length },
    findings,
    credit: null,
    canSubmit: findings.length === 0,
    approvalSteps: [],
  },
  missing: [],
});

describe('cartRows', () => {
  it('pairs lines with their checks and findings', () => {
    const rows = cartRows(
      view([line('A'), line('B')], [check(1, 'A'), check(2, 'B')], [finding('pack-size-multiple', 2), finding('credit-hold', null)]),
    );
    expect(rows.rows.map((r) => [r.line.sku, r.lineNumber, r.check?.sku, r.findings.map((f) => f.code)])).toEqual([
      ['A', 1, 'A', []],
      ['B', 2, 'B', ['pack-size-multiple']],
    ]);
    expect(rows.general.map((f) => f.code)).toEqual(['credit-hold']);
  });

  it('pairs by SKU, so checks of a cart just changed never show on another line', () => {
    // Line A was removed; the checks still describe the cart before.
    const rows = cartRows(view([line('B')], [check(1, 'A'), check(2, 'B')], [finding('unknown-sku', 1), finding('backorder', 2)]));
    expect(rows.rows.map((r) => [r.line.sku, r.lineNumber, r.findings.map((f) => f.code)])).toEqual([['B', 2, ['backorder']]]);
    expect(rows.general.map((f) => f.code)).toEqual(['unknown-sku']);
  });

  it('shows a line the checks do not know yet without findings', () => {
    const rows = cartRows(view([line('A'), line('NEW')], [check(1, 'A')], [finding('x', 2)]));
    expect(rows.rows[1]).toMatchObject({ check: null, findings: [] });
    expect(rows.general.map((f) => f.code)).toEqual(['x']);
  });

  it('shows the lines without checks when there are none', () => {
    const rows = cartRows(view([line('A'), line('B')], null));
    expect(rows.rows.map((r) => [r.line.sku, r.lineNumber, r.check])).toEqual([
      ['A', 1, null],
      ['B', 2, null],
    ]);
  });
});

describe('line values', () => {
  it('treat an empty note and warehouse as none', () => {
    expect(lineValuesOf({ quantity: 2, note: '  ', warehouse: '' })).toEqual({ quantity: 2, note: null, warehouse: null });
    expect(lineValuesOf({ quantity: 2, note: ' cost centre 7 ', warehouse: 'HAM' })).toEqual({ quantity: 2, note: 'cost centre 7', warehouse: 'HAM' });
  });

  it('compare every value', () => {
    const a = { quantity: 2, note: null, warehouse: null };
    expect(sameLineValues(a, { ...a })).toBe(true);
    expect(sameLineValues(a, { ...a, quantity: 3 })).toBe(false);
    expect(sameLineValues(a, { ...a, warehouse: 'LYS' })).toBe(false);
  });
});
