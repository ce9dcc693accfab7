import { describe, expect, it } from 'vitest';
import { fitWithin, jpegName, KEEP_BYTES, MAX_EDGE, needsReencoding } from './image';

describe('fitWithin', () => {
  it('shrinks the longer side to the limit, keeping the proportions', () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin({ width: 4000, height: 4000 }, 1000)).toEqual({ width: 1000, height: 1000 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: MAX_EDGE, height: 10 })).toEqual({ width: MAX_EDGE, height: 10 });
  });

  it('keeps a very thin picture at least one pixel wide', () => {
    expect(fitWithin({ width: 100_000, height: 10 })).toEqual({ width: 1600, height: 1 });
  });
});

describe('needsReencoding', () => {
  const small = { type: 'image/jpeg', size: 300_000, width: 1200, height: 900 };

  it('sends a small JPEG, PNG or WebP as it is', () => {
    expect(needsReencoding(small)).toBe(false);
    expect(needsReencoding({ ...small, type: 'image/png' })).toBe(false);
  });

  it('re-encodes a big, heavy or unsendable photo', () => {
    expect(needsReencoding({ ...small, width: 4032, height: 3024 })).toBe(true);
    expect(needsReencoding({ ...small, size: KEEP_BYTES + 1 })).toBe(true);
    expect(needsReencoding({ ...small, type: 'image/heic' })).toBe(true);
    expect(needsReencoding({ ...small, type: '' })).toBe(true);
  });
});

describe('jpegName', () => {
  it('gives the re-encoded photo a .jpg name', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg');
    expect(jpegName('photo.large.png')).toBe('photo.large.jpg');
    expect(jpegName('camera')).toBe('camera.jpg');
    expect(jpegName('.png')).toBe('photo.jpg');
  });
});
