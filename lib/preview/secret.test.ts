import { describe, expect, it } from 'vitest';
import { isPreviewSecret, previewSecret } from './secret';

describe('the preview secret', () => {
  it('is off when PREVIEW_SECRET is unset or empty, never a default', () => {
    expect(previewSecret({})).toBeUndefined();
    expect(previewSecret({ PREVIEW_SECRET: '' })).toBeUndefined();
    expect(previewSecret({ PREVIEW_SECRET: 's3cret' })).toBe('s3cret');
  });

  it('matches only the exact secret', () => {
    expect(isPreviewSecret('s3cret', 's3cret')).toBe(true);
    for (const wrong of ['s3cre', 's3cret ', 'S3CRET', '', null, undefined, 's3cret'.repeat(1000)]) {
      expect(isPreviewSecret(wrong, 's3cret'), String(wrong)).toBe(false);
    }
  });
});
