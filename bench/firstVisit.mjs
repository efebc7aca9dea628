// @ts-check
/**
 * Every run is a reader's first visit. Lighthouse's default reset keeps localStorage, cookies and
 * IndexedDB; a Korean page remembers there that the Pretendard slices are cached (lib/webFonts.ts),
 * and a later run of another page on the origin would then be measured as a returning reader,
 * with the web font (2026-12-02: 1.5 to 2.0 s against 0.9 s, the same page).
 */
export const FIRST_VISIT_STORAGE = /** @type {const} */ (['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb', 'cookies']);

