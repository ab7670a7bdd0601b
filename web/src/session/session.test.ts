import { describe, expect, it } from 'vitest';
import { signInUrl, toSessionUser } from './session';

describe('toSessionUser', () => {
  it('reads name, logout URL and session lifetime from the BFF claims', () => {
    const user = toSessionUser([
      { type: 'sub', value: 'u1' },
      { type: 'name', value: 'Anna Buyer' },
      { type: 'bff:logout_url', value: '/bff/logout?sid=abc' },
      { type: 'bff:session_expires_in', value: 3600 },
    ]);
    expect(user).toMatchObject({ subject: 'u1', name: 'Anna Buyer', logoutUrl: '/bff/logout?sid=abc', expiresInSeconds: 3600 });
  });
});

describe('signInUrl', () => {
  it('keeps local return paths and drops anything else', () => {
    expect(signInUrl('/company')).toBe('/bff/login?returnUrl=%2Fcompany');
    expect(signInUrl('https://evil.example/')).toBe('/bff/login?returnUrl=%2F');
  });
});
