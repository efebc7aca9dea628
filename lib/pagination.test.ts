import { describe, expect, it } from 'vitest';
import { laterPageParams, pageCount, pageWindow, paginate, parsePageParam } from './pagination';

const stories = Array.from({ length: 45 }, (_, i) => i + 1);

describe('pagination', () => {
  it('splits a list into pages of 20', () => {
    expect(pageCount(45)).toBe(3);
    expect(paginate(stories, 1)?.items).toEqual(stories.slice(0, 20));
    expect(paginate(stories, 3)).toEqual({ items: [41, 42, 43, 44, 45], page: 3, totalPages: 3 });
  });

  it('has a first page even when there is nothing to list', () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1 });
  });

  it('has no page 0, no page past the end and no fractional page', () => {
    expect(paginate(stories, 0)).toBeUndefined();
    expect(paginate(stories, 4)).toBeUndefined();
    expect(paginate(stories, 1.5)).toBeUndefined();
  });

  it('prerenders only the pages after the first, which lives at the listing URL', () => {
    expect(laterPageParams(45)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPageParams(20)).toEqual([]);
  });

  it.each([
    ['2', 2],
    ['10', 10],
    ['1', undefined],
    ['01', undefined],
    ['02', undefined],
    ['-1', undefined],
    ['2a', undefined],
    ['99999', undefined],
  ])('reads the page segment %j as %j', (segment, expected) => {
    expect(parsePageParam(segment)).toBe(expected);
  });
});

describe('pageWindow', () => {
  it('lists every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, last and neighbouring pages of a long listing, with gaps between', () => {
    expect(pageWindow(1, 50)).toEqual([1, 2, 'gap', 50]);
    expect(pageWindow(25, 50)).toEqual([1, 'gap', 24, 25, 26, 'gap', 50]);
    expect(pageWindow(50, 50)).toEqual([1, 'gap', 49, 50]);
  });

  it('shows a lone left-out page instead of a gap', () => {
    expect(pageWindow(4, 50)).toEqual([1, 2, 3, 4, 5, 'gap', 50]);
  });
});
