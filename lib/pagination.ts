/** Stories per listing page, on section, tag and author pages. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of a list, or undefined when the page does not exist (a 404). */
export function paginate<T>(all: readonly T[], page: number, size = PAGE_SIZE): Page<T> | undefined {
  const totalPages = pageCount(all.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: all.slice((page - 1) * size, page * size), page, totalPages };
}

/** Route params for pages 2..N: page 1 lives only at the listing's own URL. */
export function laterPageParams(total: number, size = PAGE_SIZE): { page: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/** A `/page/N` segment as a page number, refusing `01`, `1` (the canonical URL has none) and junk. */
export function parsePageParam(segment: string): number | undefined {
  return /^[2-9]\d{0,3}$|^1\d{1,3}$/.test(segment) ? Number(segment) : undefined;
}

/**
 * The page numbers to link: the first, the last and those around the current page, with a gap
 * (an ellipsis) where numbers are left out, so a long listing does not print hundreds of links.
 * A gap never stands for a single page: that page is shown instead.
 */
export function pageWindow(page: number, totalPages: number, around = 1): (number | 'gap')[] {
  const shown = new Set([1, totalPages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= totalPages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}
