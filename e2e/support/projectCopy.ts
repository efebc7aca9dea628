import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a copy of the project leaves out: other builds' output, reports, history, caches. */
const LEFT_OUT = new Set(['.git', '.node', '.releases', 'node_modules', 'test-results', 'playwright-report', 'blob-report', 'playwright', 'e2e/.output', 'bench/floor/.next']);
/** Turbopack's build cache names the original folder's paths; the copy's build starts cold. */
const BUILD_LEFT_OUT = new Set(['cache/turbopack', 'dev', 'lock']);

/**
 * A copy of the project at `root`, with the suite's build (`.next`), in the system's temporary
 * folder: a test that builds there (e2e/deploy.spec.ts) never touches the suite's own build or
 * the server running from it. Sources and `.next` are copied; node_modules is hard-linked file by
 * file (no build writes into it, and a copy would take most of a gigabyte), or copied where the
 * temporary folder is on another file system. A copy inside the project would not do: Next.js
 * would take the project's lockfile for the copy's workspace root. Returns the copy's folder.
 */
export function copyProject(root: string, prefix: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(root, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const relative = path.relative(root, source).split(path.sep).join('/');
      return !LEFT_OUT.has(relative) && relative !== '.next';
    },
  });
  fs.cpSync(path.join(root, '.next'), path.join(copy, '.next'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !BUILD_LEFT_OUT.has(path.relative(path.join(root, '.next'), source).split(path.sep).join('/')),
  });
  linkTree(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

/** Recreates the folder tree at `to`, its files hard links to those at `from` (copies across file systems), its symlinks as they are. */
function linkTree(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}
