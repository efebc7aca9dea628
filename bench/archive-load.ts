/**
 * Child process of `npm run bench:archive`: loads and validates one content folder with the
 * site's loader, then prints one JSON line with the time it took and the process's peak memory
 * (VmHWM), so each measurement starts from a fresh heap.
 *
 *   tsx bench/archive-load.ts <content dir> <cache dir | none>
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileContentCache } from '@/lib/content/cache';
import { loadContent } from '@/lib/content/load';

/** Peak resident memory of this process in MB (Linux). */
export function peakMemoryMb(status = fs.readFileSync('/proc/self/status', 'utf8')): number | undefined {
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
}

function main() {
  const [contentDir, cacheDir] = process.argv.slice(2);
  if (!contentDir || !cacheDir) throw new Error('usage: archive-load.ts <content dir> <cache dir | none>');
  const cwd = process.cwd();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { index, problems, storyFiles } = loadContent(
    { cwd, contentDir: path.resolve(contentDir), publicDir: path.join(cwd, 'public') },
    { cache: cacheDir === 'none' ? undefined : fileContentCache(cacheDir) },
  );
  const ms = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the second says less about the code.
  const cpuMs = Math.round((used.user + used.system) / 1000);
  console.log(
    JSON.stringify({
      ms,
      cpuMs,
      storyFiles,
      articles: index.articles.length,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
      peakMb: peakMemoryMb(),
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
