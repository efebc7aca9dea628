import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './route';

const request = (query: string) => new NextRequest(`http://localhost/api/draft?${query}`);
const original = process.env.PREVIEW_SECRET;
afterEach(() => {
  if (original === undefined) delete process.env.PREVIEW_SECRET;
  else process.env.PREVIEW_SECRET = original;
});

// What happens before Draft Mode is touched; turning it on is covered end to end (e2e/preview.spec.ts).
describe('GET /api/draft', () => {
  it('is a 404 while PREVIEW_SECRET is unset or empty, whatever secret is sent', async () => {
    for (const value of [undefined, '']) {
      if (value === undefined) delete process.env.PREVIEW_SECRET;
      else process.env.PREVIEW_SECRET = value;
      for (const secret of ['', 'undefined', 'anything']) {
        const response = await GET(request(`secret=${secret}&slug=kim-train-khabarovsk&locale=en`));
        expect(response.status).toBe(404);
        expect(response.headers.get('set-cookie')).toBeNull();
      }
    }
  });

  it('is a 401 for a wrong secret, and a 400 or 404 for a bad story, never setting a cookie', async () => {
    process.env.PREVIEW_SECRET = 'unit-secret';
    const cases: [string, number, RegExp][] = [
      ['slug=kim-train-khabarovsk&locale=en', 401, /secret/],
      ['secret=unit-secrets&slug=kim-train-khabarovsk&locale=en', 401, /secret/],
      ['secret=unit-secret&locale=en', 400, /slug and locale/],
      ['secret=unit-secret&slug=kim-train-khabarovsk&locale=fr', 404, /locale must be "en" or "ko"/],
      ['secret=unit-secret&slug=no-such-story&locale=en', 404, /No story "no-such-story" in en/],
      ['secret=unit-secret&slug=hangeul-day-577th&locale=ko', 404, /No story "hangeul-day-577th" in ko/],
    ];
    for (const [query, status, message] of cases) {
      const response = await GET(request(query));
      expect(response.status, query).toBe(status);
      expect(await response.text()).toMatch(message);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });
});
