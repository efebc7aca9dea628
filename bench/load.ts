/**
 * `npm run bench:load`: drives the production server with autocannon on loopback: the front page,
 * an article in each language and the 404 path, 100 connections for 30 s each (BENCH_SECONDS,
 * BENCH_CONNECTIONS), recording requests/s, latency, errors, non-2xx and the server's memory.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer, totalRssMb, writeResult } from './server';

const TARGETS = [
  { name: 'front page (en)', path: '/en', expect: 200 },
  { name: 'article (en)', path: '/en/article/kim-train-khabarovsk', expect: 200 },
  { name: 'article (ko)', path: '/ko/article/kim-train-khabarovsk', expect: 200 },
  { name: '404', path: '/en/article/no-such-story', expect: 404 },
];

export async function measureLoad(url: string, pids: number[]) {
  const duration = Number(process.env.BENCH_SECONDS ?? 30);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
  const rows: Record<string, number | string>[] = [];
  // Warm up: the first requests load code and content.
  for (const t of TARGETS) await fetch(`${url}${t.path}`);
  const memoryBefore = totalRssMb(pids);
  for (const target of TARGETS) {
    const result = await autocannon({ url: `${url}${target.path}`, connections, duration, headers: { 'accept-encoding': 'gzip' } });
    const unexpected = target.expect === 200 ? result.non2xx : result.non2xx - (result.statusCodeStats?.['404']?.count ?? 0);
    rows.push({
      target: target.name,
      'requests/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors + result.timeouts,
      'unexpected status': unexpected,
      requests: result.requests.total,
    });
  }
  const memoryAfter = totalRssMb(pids);
  return { duration, connections, memoryBeforeMb: memoryBefore, memoryAfterMb: memoryAfter, targets: rows };
}

async function main() {
  const server = await startServer();
  try {
    const result = await measureLoad(server.url, server.pids);
    console.table(result.targets);
    console.log(`server memory: ${result.memoryBeforeMb} MB before, ${result.memoryAfterMb} MB after`);
    console.log(`written: ${writeResult('load', result)}`);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
