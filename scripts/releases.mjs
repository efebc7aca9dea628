// @ts-check
// Release folders for `npm start` (scripts/start.mjs): each build runs from its own copy,
// `.releases/<BUILD_ID>/`, made once per build from `.next/standalone` plus what the standalone
// output leaves out. `npm run build` rewrites `.next` (standalone server and static files
// included), so a server running from `.next` would answer 404 and 500 for its own scripts for as
// long as a build next to it runs; a release folder is touched by no build.
//
// A release also keeps the static files (`/_next/static/...`, content-hashed names) of the
// releases before it, hard-linked in (newest wins), so a page a reader opened before a deploy
// still loads its chunks after the restart. Older releases are deleted at start, except any a
// running server still uses.
import { cpSync, existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/** The folder, at the project root, that holds the releases. */
export const RELEASES_DIR = '.releases';
/** How many releases stay on disk (the newest, counting the one starting), and so how many releases' static files a release serves. */
export const RELEASES_KEPT = 3;
/** What each release copies from the project besides `.next/standalone`: [from, to], relative to the project and the release. */
export const BUILD_EXTRAS = /** @type {const} */ ([
  ['.next/static', '.next/static'],
  ['public', 'public'],
]);
/**
 * The content indexes the build made (one folder per content folder): moved into the release,
 * not copied, since one can be gigabytes (a copy of 4 GB made a deploy's first start 50 s
 * slower at 200,000 stories). The next build seeds its own from the newest release
 * (scripts/seed-index.ts) and brings it up to date.
 */
export const BUILD_INDEXES = '.next/cache/content';
/** The release's own record, written last: a folder without it is not a release. */
const RECORD = 'release.json';
/** One empty file per server process running from the release, named by its process id. */
const IN_USE = '.in-use';
/** Folders being made and being deleted, named `<prefix><build id>-<pid>`: never taken for a release. */
const INCOMING = '.incoming-';
const OUTGOING = '.outgoing-';

/**
 * @typedef {{ buildId: string, createdAt: string, ownStatic: string[], mergedFrom: Record<string, number> }} ReleaseRecord
 * @typedef {ReleaseRecord & { dir: string }} Release
 */

/**
 * Makes (once per build) and claims the release of the build in `<root>/.next`. `prune()` then
 * deletes the releases beyond the newest `keep` that no running server uses (start.mjs calls it
 * once the server listens, so a deploy's restart does not wait for it); `unclaim()` is for the
 * process's exit.
 * @param {{ root: string, keep?: number, pid?: number, now?: () => Date, isAlive?: (pid: number) => boolean }} options
 * @returns {{ dir: string, buildId: string, created: boolean, mergedFrom: Record<string, number>, prune: () => Promise<string[]>, unclaim: () => void }}
 */
export function prepareRelease({ root, keep = RELEASES_KEPT, pid = process.pid, now = () => new Date(), isAlive = processAlive }) {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`releases: keep must be a whole number, 1 or more (got ${keep})`);
  const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  // A folder name of its own: never hidden (those are this module's), never a path.
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(buildId)) throw new Error(`releases: .next/BUILD_ID is not a usable folder name (got "${buildId}")`);
  const releases = path.join(root, RELEASES_DIR);
  mkdirSync(releases, { recursive: true });
  const dir = path.join(releases, buildId);

  let created = false;
  let record = readRecord(dir);
  if (!record) {
    const earlier = listReleases(releases).filter((r) => r.buildId !== buildId).slice(0, keep - 1);
    const made = createRelease({ root, releases, buildId, earlier, pid, createdAt: now() });
    created = made !== undefined;
    record = made ?? readRecord(dir);
    if (!record) throw new Error(`releases: ${path.relative(root, dir)} could not be made`);
  }

  adoptIndexes(root, dir);

  // Claimed before anything is deleted, so another start never deletes what this one serves.
  const marker = path.join(dir, IN_USE, String(pid));
  mkdirSync(path.dirname(marker), { recursive: true });
  writeFileSync(marker, '');
  return {
    dir,
    buildId,
    created,
    mergedFrom: record.mergedFrom,
    prune: () => pruneReleases({ releases, keep, current: buildId, isAlive, pid }),
    unclaim: () => rmSync(marker, { force: true }),
  };
}

/**
 * Moves each content index of the build into the release, unless the release has its own for
 * that content folder (a restart: its index has followed the folder since, and is newer).
 * @param {string} root @param {string} dir the release
 */
function adoptIndexes(root, dir) {
  const from = path.join(root, BUILD_INDEXES);
  if (!existsSync(from)) return;
  const to = path.join(dir, BUILD_INDEXES);
  mkdirSync(to, { recursive: true });
  for (const key of readdirSync(from)) {
    const target = path.join(to, key);
    if (key.startsWith('.') || existsSync(target)) continue;
    try {
      renameSync(path.join(from, key), target);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      // Another start of the same release moved it first.
      if (code === 'ENOENT' || code === 'ENOTEMPTY' || code === 'EEXIST') continue;
      // Another file system: a copy, as releases were made before.
      if (code === 'EXDEV') cpSync(path.join(from, key), target, { recursive: true });
      else throw error;
    }
  }
}

/**
 * Copies the build into `.releases/.incoming-<id>-<pid>` and renames it into place, so no one
 * ever sees half a release. Returns undefined when another start made the same release first.
 * @param {{ root: string, releases: string, buildId: string, earlier: Release[], pid: number, createdAt: Date }} options
 * @returns {ReleaseRecord | undefined}
 */
function createRelease({ root, releases, buildId, earlier, pid, createdAt }) {
  const incoming = path.join(releases, `${INCOMING}${buildId}-${pid}`);
  rmSync(incoming, { recursive: true, force: true });
  // Relative links in the standalone output stay relative: they must not point back into .next.
  cpSync(path.join(root, '.next', 'standalone'), incoming, { recursive: true, verbatimSymlinks: true });
  for (const [from, to] of BUILD_EXTRAS) {
    const target = path.join(incoming, to);
    rmSync(target, { recursive: true, force: true });
    if (existsSync(path.join(root, from))) cpSync(path.join(root, from), target, { recursive: true, verbatimSymlinks: true });
  }
  const staticDir = path.join(incoming, '.next', 'static');
  const ownStatic = filesUnder(staticDir);
  const mergedFrom = mergeStaticFiles(staticDir, earlier);
  /** @type {ReleaseRecord} */
  const record = { buildId, createdAt: createdAt.toISOString(), ownStatic, mergedFrom };
  writeFileSync(path.join(incoming, RECORD), `${JSON.stringify(record, null, 2)}\n`);
  try {
    renameSync(incoming, path.join(releases, buildId));
    return record;
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    // Another start of the same build got there first: its release is the same.
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return undefined;
    throw error;
  }
}

/**
 * Links the earlier releases' own static files into `staticDir`, newest release first; a name
 * already there (this build's own, or a newer release's) wins. Returns how many files came from
 * each release.
 * @param {string} staticDir @param {Release[]} earlier newest first
 */
export function mergeStaticFiles(staticDir, earlier) {
  /** @type {Record<string, number>} */
  const mergedFrom = {};
  for (const release of earlier) {
    let count = 0;
    for (const file of release.ownStatic) {
      const target = path.join(staticDir, file);
      if (existsSync(target)) continue;
      const source = path.join(release.dir, '.next', 'static', file);
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(source, target);
      } catch (error) {
        const code = /** @type {NodeJS.ErrnoException} */ (error).code;
        // Deleted meanwhile (another start pruned it): nothing to keep.
        if (code === 'ENOENT') continue;
        // A file system without hard links: a copy costs disk, not correctness.
        copyFileSync(source, target);
      }
      count += 1;
    }
    if (count) mergedFrom[release.buildId] = count;
  }
  return mergedFrom;
}

/**
 * The complete releases in `releases`, newest first.
 * @param {string} releases @returns {Release[]}
 */
export function listReleases(releases) {
  if (!existsSync(releases)) return [];
  return readdirSync(releases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const dir = path.join(releases, entry.name);
      const record = readRecord(dir);
      return record && record.buildId === entry.name ? [{ ...record, dir }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.buildId.localeCompare(b.buildId));
}

/**
 * Which releases go: every one past the newest `keep` (the current one always stays), unless a
 * live process runs from it.
 * @param {Release[]} releases newest first @param {{ keep: number, current: string, inUse: (release: Release) => boolean }} rules
 * @returns {Release[]}
 */
export function releasesToRemove(releases, { keep, current, inUse }) {
  return releases.filter((release, i) => i >= keep && release.buildId !== current && !inUse(release));
}

/**
 * Deletes the releases `releasesToRemove` names, folders left half-made by a start that died and
 * any deletion a process did not finish.
 * Deleting hundreds of megabytes takes a while: it runs off the event loop of the server that
 * called it.
 * @param {{ releases: string, keep: number, current: string, isAlive: (pid: number) => boolean, pid: number }} options
 * @returns {Promise<string[]>} the build ids removed
 */
async function pruneReleases({ releases, keep, current, isAlive, pid }) {
  // Every release's claims are checked (and those of processes gone swept, e.g. after a SIGKILL),
  // so a stale claim lives only until the next start and a reused process id rarely meets one.
  const all = listReleases(releases);
  const live = (/** @type {number} */ other) => other === pid || isAlive(other);
  const claimed = new Set(all.filter((release) => runningFrom(release.dir, live).length > 0).map((release) => release.buildId));
  const doomed = releasesToRemove(all, { keep, current, inUse: (release) => claimed.has(release.buildId) });
  // Renamed out of the way first (at once), so a deletion cut short never leaves half a release.
  for (const release of doomed) renameSync(release.dir, path.join(releases, `${OUTGOING}${release.buildId}-${pid}`));
  const unfinished = readdirSync(releases).filter((entry) => {
    const owner = Number(/-(\d+)$/.exec(entry)?.[1]);
    // Ours to delete now, or left by a process that is gone (another live one deletes its own).
    if (entry.startsWith(OUTGOING)) return owner === pid || !live(owner);
    return entry.startsWith(INCOMING) && !live(owner);
  });
  await Promise.all(unfinished.map((entry) => rm(path.join(releases, entry), { recursive: true, force: true })));
  return doomed.map((release) => release.buildId);
}

/**
 * The live processes that claimed the release (markers of processes gone are swept).
 * @param {string} dir @param {(pid: number) => boolean} isAlive @returns {number[]}
 */
export function runningFrom(dir, isAlive = processAlive) {
  const markers = path.join(dir, IN_USE);
  if (!existsSync(markers)) return [];
  return readdirSync(markers).flatMap((name) => {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return [pid];
    rmSync(path.join(markers, name), { force: true });
    return [];
  });
}

/** @param {number} pid */
function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // Alive, but someone else's.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} dir @returns {ReleaseRecord | undefined} */
function readRecord(dir) {
  try {
    const record = JSON.parse(readFileSync(path.join(dir, RECORD), 'utf8'));
    const valid = typeof record.buildId === 'string' && typeof record.createdAt === 'string' && Array.isArray(record.ownStatic) && typeof record.mergedFrom === 'object' && record.mergedFrom !== null;
    return valid ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
