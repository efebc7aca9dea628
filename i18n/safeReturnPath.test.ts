import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './requestPaths';

describe('safeReturnPath', () => {
  it('accepts pages of this site', () => {
    for (const path of ['/en', '/ko/article/kim-train-khabarovsk', '/en/tag/%EC%A6%9D%EC%8B%9C', '/ko/preview']) {
      expect(safeReturnPath(path)).toBe(path);
    }
  });

  it('refuses anything that could lead elsewhere', () => {
    for (const path of [
      'https://evil.example',
      '//evil.example',
      '/en//evil.example',
      '/\\evil.example',
      '/en/../../etc/passwd',
      'javascript:alert(1)',
      '/fr/article/x',
      '/en/article/x?next=https://evil.example',
      '',
      null,
      `/en/${'a'.repeat(400)}`,
    ]) {
      expect(safeReturnPath(path), String(path)).toBeUndefined();
    }
  });
});
