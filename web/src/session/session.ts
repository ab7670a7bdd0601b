/**
 * The BFF session (Duende.BFF contract): `/bff/user` answers the signed-in user's claims,
 * or 401 when nobody is signed in. Sign-in and sign-out are full-page navigations.
 */
export interface Claim {
  type: string;
  value: string | number;
}

export interface SessionUser {
  subject: string;
  name: string;
  email?: string;
  logoutUrl: string;
  expiresInSeconds: number;
}

export function toSessionUser(claims: Claim[]): SessionUser {
  const value = (type: string) => claims.find((c) => c.type === type)?.value;
  return {
    subject: String(value('sub') ?? ''),
    name: String(value('name') ?? value('email') ?? value('sub') ?? ''),
    email: value('email') === undefined ? undefined : String(value('email')),
    logoutUrl: String(value('bff:logout_url') ?? '/bff/logout'),
    expiresInSeconds: Number(value('bff:session_expires_in') ?? 0),
  };
}

/** The signed-in user, or null when the BFF has no session for this browser. */
export async function fetchSessionUser(signal?: AbortSignal): Promise<SessionUser | null> {
  const response = await fetch('/bff/user', { headers: { 'X-CSRF': '1' }, credentials: 'same-origin', signal });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`The portal could not read your session (HTTP ${response.status}).`);
  return toSessionUser((await response.json()) as Claim[]);
}

export function signInUrl(returnUrl: string): string {
  return `/bff/login?returnUrl=${encodeURIComponent(returnUrl.startsWith('/') ? returnUrl : '/')}`;
}
