import { describe, expect, it } from 'vitest';
import { checkoutFields, placeFindings, readFindings, suggestionLabel, suggestionOf, type OrderFinding } from './findings';

const finding = (overrides: Partial<OrderFinding>): OrderFinding => ({
  code: 'x',
  layer: 'business',
  severity: 'warning',
  line: null,
  sku: null,
  field: null,
  message: 'Something.',
  ...overrides,
});

describe('placeFindings', () => {
  it('puts line findings next to their line and the rest at the top', () => {
    const onLine2 = finding({ code: 'pack-size-multiple', line: 2 });
    const whole = finding({ code: 'credit-limit-exceeded' });
    const placed = placeFindings([onLine2, whole], [1, 2]);
    expect(placed.byLine.get(2)).toEqual([onLine2]);
    expect(placed.byLine.has(1)).toBe(false);
    expect(placed.general).toEqual([whole]);
  });

  it('shows a finding of a line that is not on the page at the top rather than dropping it', () => {
    const gone = finding({ line: 7 });
    expect(placeFindings([gone], [1, 2]).general).toEqual([gone]);
  });

  it('puts header findings next to their field, whatever casing the checks use', () => {
    const po = finding({ code: 'purchase-order-required', field: 'PurchaseOrderNumber' });
    const date = finding({ code: 'requested-date-in-past', field: 'requestedDeliveryDate' });
    const lines = finding({ code: 'lines-required', field: 'lines' });
    const placed = placeFindings([po, date, lines], [], checkoutFields);
    expect(placed.byField.get('purchaseOrderNumber')).toEqual([po]);
    expect(placed.byField.get('requestedDeliveryDate')).toEqual([date]);
    expect(placed.general).toEqual([lines]);
  });

  it('leaves field findings at the top where the page has no fields (the cart)', () => {
    const po = finding({ field: 'purchaseOrderNumber' });
    expect(placeFindings([po], []).general).toEqual([po]);
  });

  it('lists errors before warnings, keeping the order of the checks otherwise', () => {
    const w1 = finding({ code: 'w1', line: 1 });
    const e1 = finding({ code: 'e1', line: 1, severity: 'error' });
    const w2 = finding({ code: 'w2', line: 1 });
    const e2 = finding({ code: 'e2', line: 1, severity: 'Error' });
    expect(placeFindings([w1, e1, w2, e2], [1]).byLine.get(1)?.map((f) => f.code)).toEqual(['e1', 'e2', 'w1', 'w2']);
  });
});

describe('suggestions', () => {
  it('offers the fix a finding carries', () => {
    expect(suggestionOf(finding({ suggestedQuantity: 30 }))).toEqual({ kind: 'quantity', quantity: 30 });
    expect(suggestionOf(finding({ suggestedSku: 'PMP-100080' }))).toEqual({ kind: 'sku', sku: 'PMP-100080' });
    expect(suggestionOf(finding({ suggestedDate: '2030-03-07' }))).toEqual({ kind: 'date', date: '2030-03-07' });
    expect(suggestionOf(finding({ suggestedQuantity: null, suggestedSku: null }))).toBeNull();
  });

  it('words the fix button', () => {
    expect(suggestionLabel({ kind: 'quantity', quantity: 1200 }, 'en-US')).toBe('Use 1,200 instead');
    expect(suggestionLabel({ kind: 'sku', sku: 'PMP-100080' })).toBe('Use PMP-100080 instead');
    expect(suggestionLabel({ kind: 'date', date: '2030-03-07' }, 'en-GB')).toBe('Use 7 Mar 2030');
  });
});

describe('readFindings', () => {
  it('keeps findings and fills in what a sloppy one leaves out', () => {
    const read = readFindings([{ code: 'credit-hold', message: 'On hold.', severity: 'error' }, 'junk', { code: 1 }, null]);
    expect(read).toEqual([{ code: 'credit-hold', message: 'On hold.', severity: 'error', line: null, sku: null, field: null, layer: '' }]);
  });

  it('gives undefined when there is no list', () => {
    expect(readFindings(undefined)).toBeUndefined();
    expect(readFindings({})).toBeUndefined();
  });
});
