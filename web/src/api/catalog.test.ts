import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applicableTier,
  catalogCriteriaFrom,
  catalogQuery,
  categoryTree,
  defaultQuantity,
  formatValidity,
  getCatalog,
  getEquipmentParts,
  getPrice,
  getProduct,
  priceQuery,
  safeUrl,
  type Category,
} from './catalog';
import { ApiError } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('catalogQuery', () => {
  it('leaves out empty text and category and always sends the page', () => {
    expect(catalogQuery({})).toBe('?page=1');
    expect(catalogQuery({ q: '  ', category: '', page: 2 })).toBe('?page=2');
  });

  it('trims and encodes the search text and category', () => {
    expect(catalogQuery({ q: ' CP-50 & seal ', category: 'pumps/centrifugal', page: 3 })).toBe(
      '?q=CP-50+%26+seal&category=pumps%2Fcentrifugal&page=3',
    );
  });

  it('never asks for a page below 1', () => {
    expect(catalogQuery({ page: 0 })).toBe('?page=1');
    expect(catalogQuery({ page: -4 })).toBe('?page=1');
    expect(catalogQuery({ page: Number.NaN })).toBe('?page=1');
  });
});

describe('catalogCriteriaFrom', () => {
  it('reads what catalogQuery writes', () => {
    const criteria = { q: 'CP-50 & seal', category: 'pumps/centrifugal', page: 3 };
    expect(catalogCriteriaFrom(new URLSearchParams(catalogQuery(criteria)))).toEqual(criteria);
  });

  it('starts at page 1 for a bare or broken URL', () => {
    expect(catalogCriteriaFrom(new URLSearchParams(''))).toEqual({ q: '', category: '', page: 1 });
    expect(catalogCriteriaFrom(new URLSearchParams('?page=abc&q=%20x%20'))).toEqual({ q: 'x', category: '', page: 1 });
    expect(catalogCriteriaFrom(new URLSearchParams('?page=-2'))).toEqual({ q: '', category: '', page: 1 });
  });
});

describe('priceQuery', () => {
  it('encodes sku and quantity', () => {
    expect(priceQuery('AB/1 2', 12.5)).toBe('?sku=AB%2F1+2&quantity=12.5');
  });
});

describe('catalog calls', () => {
  const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

  it('build account-scoped paths with encoded segments', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => ok({}));
    vi.stubGlobal('fetch', fetchMock);

    await getCatalog('a1', { q: 'pump', page: 1 });
    await getProduct('a1', 'SKU 1/2');
    await getEquipmentParts('a1', 'CP-50');
    await getPrice('a1', 'SKU-1', 10);

    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      '/api/v1/accounts/a1/catalog?q=pump&page=1',
      '/api/v1/accounts/a1/products/SKU%201%2F2',
      '/api/v1/accounts/a1/equipment/CP-50/parts',
      '/api/v1/accounts/a1/prices?sku=SKU-1&quantity=10',
    ]);
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['X-CSRF']).toBe('1');
  });

  it('turns a 404 problem into an ApiError with its detail', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: 'No product with SKU X in your catalog.' }), {
            status: 404,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      ),
    );

    const error = await getProduct('a1', 'X').catch((err: unknown) => err);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).detail).toBe('No product with SKU X in your catalog.');
  });
});

describe('applicableTier', () => {
  const tiers = [
    { minQuantity: 10, unitPrice: 9 },
    { minQuantity: 1, unitPrice: 10 },
    { minQuantity: 100, unitPrice: 8 },
  ];

  it('picks the highest minimum quantity not above the quantity', () => {
    expect(applicableTier(tiers, 1)?.unitPrice).toBe(10);
    expect(applicableTier(tiers, 9.5)?.unitPrice).toBe(10);
    expect(applicableTier(tiers, 99)?.unitPrice).toBe(9);
    expect(applicableTier(tiers, 1000)?.unitPrice).toBe(8);
  });

  it('gives the breakpoint to the higher tier', () => {
    expect(applicableTier(tiers, 10)?.unitPrice).toBe(9);
    expect(applicableTier(tiers, 100)?.unitPrice).toBe(8);
  });

  it('gives null below the lowest tier or without tiers', () => {
    expect(applicableTier([{ minQuantity: 5, unitPrice: 1 }], 4)).toBeNull();
    expect(applicableTier([], 4)).toBeNull();
  });
});

describe('quantities', () => {
  it('starts at the minimum order quantity, at least 1', () => {
    expect(defaultQuantity({ minimumOrderQuantity: 0 })).toBe(1);
    expect(defaultQuantity({ minimumOrderQuantity: 0.5 })).toBe(1);
    expect(defaultQuantity({ minimumOrderQuantity: 25 })).toBe(25);
  });

});

describe('formatValidity', () => {
  it('describes open and closed ranges', () => {
    expect(formatValidity('2024-01-01', '2024-12-31')).toBe('valid 2024-01-01 – 2024-12-31');
    expect(formatValidity('2024-01-01', null)).toBe('valid from 2024-01-01');
    expect(formatValidity(null, '2024-12-31')).toBe('valid until 2024-12-31');
    expect(formatValidity(null, null)).toBeNull();
  });
});

describe('categoryTree', () => {
  const cat = (code: string, name: string, parentCode: string | null, path = code): Category => ({ code, name, path, parentCode });

  it('puts children under their parents, siblings by name, with depth', () => {
    const tree = categoryTree([
      cat('cent', 'Centrifugal', 'pumps', 'pumps/centrifugal'),
      cat('valves', 'Valves', null),
      cat('pumps', 'Pumps', null),
      cat('seals', 'Seals', 'cent', 'pumps/centrifugal/seals'),
      cat('axial', 'Axial', 'pumps', 'pumps/axial'),
    ]);
    expect(tree.map((o) => `${o.depth}:${o.category.code}`)).toEqual(['0:pumps', '1:axial', '1:cent', '2:seals', '0:valves']);
  });

  it('shows a category whose parent the account cannot see at the top level', () => {
    const tree = categoryTree([cat('cent', 'Centrifugal', 'pumps', 'pumps/centrifugal')]);
    expect(tree).toEqual([{ category: expect.objectContaining({ code: 'cent' }), depth: 0 }]);
  });

  it('does not loop forever on a cycle', () => {
    const tree = categoryTree([cat('a', 'A', 'b'), cat('b', 'B', 'a')]);
    expect(tree.map((o) => `${o.depth}:${o.category.code}`)).toEqual(['0:a', '1:b']);
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and same-origin links', () => {
    expect(safeUrl('https://cdn.example.com/ds.pdf')).toBe('https://cdn.example.com/ds.pdf');
    expect(safeUrl('/media/ds.pdf')).toBe('/media/ds.pdf');
  });

  it('drops script and protocol-relative links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,hi')).toBeNull();
    expect(safeUrl('//evil.example.com/x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});
