import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { problemText, toBanner } from './problems';

describe('toBanner', () => {
  it('shows the problem as the server worded it', () => {
    expect(toBanner(new ApiError(409, 'Conflict', 'Your cart changed since you reviewed it.'))).toEqual({
      title: 'Conflict',
      detail: 'Your cart changed since you reviewed it.',
      errors: undefined,
    });
  });

  it('adds plain words where the server gave none, never a bare status', () => {
    expect(toBanner(new ApiError(502, 'Request failed (HTTP 502)')).detail).toBe('The portal had a problem on its side. Try again in a moment.');
    expect(toBanner(new ApiError(403, 'Forbidden')).detail).toBe('You are not allowed to do this for this account.');
    expect(toBanner(new ApiError(0, 'Network error')).title).toBe('The portal could not be reached');
  });
});

describe('problemText', () => {
  it('is the detail, else the first validation message', () => {
    expect(problemText(new ApiError(404, 'Not Found', 'No product PMP-9 in your catalog.'))).toBe('No product PMP-9 in your catalog.');
    expect(problemText(new ApiError(400, 'Invalid', undefined, { errors: { quantity: ['Must be more than 0.'] } }))).toBe('Must be more than 0.');
    expect(problemText(new Error('boom'))).toBe('boom');
  });
});
