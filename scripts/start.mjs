// @ts-check
// `npm start`: runs the standalone server `next build` wrote behind the front door and page cache
// (scripts/front-server.mjs), as the Docker image does. It runs from a release folder,
// `.releases/<BUILD_ID>/` (scripts/releases.mjs), made once per build from `.next/standalone` and
// what the standalone output leaves out (static assets, public files, the route catalog and the
// content cache, so archive stories render without parsing the whole folder again): a build next to the running server touches nothing it serves, and the static files of
// the releases before it stay reachable for pages already open. CONTENT_DIR is resolved against
// the project.
//
// Usage: npm start [-- -p 3100] [-- -H 127.0.0.1]   (like `next start`: -p/--port, -H/--hostname;
// or PORT and HOSTNAME; PAGE_CACHE=off for Next.js alone)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, runOrExplain, serverConfig, startFrontServer } from './front-server.mjs';
import { prepareRelease, RELEASES_DIR } from './releases.mjs';

await runOrExplain(async () => {
  /** @type {{ port?: string, hostname?: string }} */
  let args;
  try {
    ({ values: args } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } }, strict: true }));
  } catch (error) {
    throw new ConfigError(`start: ${error instanceof Error ? error.message : error} (usage: npm start -- [-p PORT] [-H HOSTNAME])`);
  }
  const config = serverConfig(args, process.env);

  const root = process.cwd();
  const standalone = path.join(root, '.next', 'standalone');
  if (!existsSync(path.join(standalone, 'server.js')) || !existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new ConfigError('start: no standalone build in .next/standalone. Run `npm run build` first.');
  /** @type {ReturnType<typeof prepareRelease>} */
  let release;
  try {
    release = prepareRelease({ root });
  } catch (error) {
    // A full disk or a read-only folder, said in one line like any other reason not to start.
    throw new ConfigError(`start: cannot make the release folder in ${RELEASES_DIR}/ (${error instanceof Error ? error.message : error})`);
  }
  // Unclaimed when this process ends, however it ends short of SIGKILL (a dead claim is ignored).
  process.on('exit', release.unclaim);
  const merged = Object.values(release.mergedFrom);
  const made = merged.length ? `new; also serves ${merged.reduce((a, b) => a + b, 0)} static files of ${merged.length} earlier release${merged.length > 1 ? 's' : ''}` : 'new';
  console.log(`start: release ${path.join(RELEASES_DIR, release.buildId)}${release.created ? ` (${made})` : ''}`);

  await startFrontServer({
    standaloneDir: release.dir,
    ...config,
    env: {
      ...process.env,
      // The server runs from its release folder: give it the content folder by absolute path,
      // and the project folder that problems' paths are written relative to.
      CONTENT_DIR: path.resolve(root, process.env.CONTENT_DIR || 'content'),
      NEWSROOM_PROJECT_DIR: root,
    },
  });
  // Old releases go once the server answers, off its event loop: a restart does not wait for it.
  release.prune().then(
    (removed) => removed.length && console.log(`start: removed old releases ${removed.join(', ')}`),
    (error) => console.error(`start: could not remove old releases (${error instanceof Error ? error.message : error})`),
  );
});
