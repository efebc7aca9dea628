/**
 * `npm run bench:server`: requests per second and latency for one article page, served four ways
 * with the same connections and duration (BENCH_CONNECTIONS, default 50; BENCH_SECONDS, default
 * 20), gzip accepted:
 * - `npm start`: the page cache in front of the standalone server (production);
 * - the standalone server alone (PAGE_CACHE=off);
 * - `next start`;
 * - nginx serving the same prerendered HTML file, pre-gzipped (gzip_static): the physical limit
 *   on this machine. Skipped with a note when nginx is not installed (apt-get install nginx-light).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { BENCH_PORT, startServer, type ServerMode, writeResult } from './server';

const ARTICLE = '/en/article/kim-train-khabarovsk';
const SERVERS: { name: string; mode: ServerMode }[] = [
  { name: 'npm start (page cache + standalone)', mode: 'front' },
  { name: 'standalone server alone', mode: 'standalone' },
  { name: 'next start', mode: 'next-start' },
];

async function measure(url: string) {
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const duration = Number(process.env.BENCH_SECONDS ?? 20);
  // Warm up: code loaded, caches filled.
  await autocannon({ url, connections: 10, duration: 2, headers: { 'accept-encoding': 'gzip' } });
  const result = await autocannon({ url, connections, duration, headers: { 'accept-encoding': 'gzip' } });
  return {
    connections,
    duration,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    'KB/response': Math.round((result.throughput.total / Math.max(1, result.requests.total) / 1024) * 10) / 10,
  };
}

/** nginx, pointed at the prerendered HTML of the same article, or undefined without nginx. */
async function startNginx(port: number) {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? (spawnSync('which', ['nginx']).stdout?.toString().trim() || undefined);
  if (!nginx) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const html = fs.readFileSync(path.join('.next', 'server', 'app', `${ARTICLE.slice(1)}.html`));
  fs.mkdirSync(path.join(dir, 'www'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'www', 'article.html'), html);
  fs.writeFileSync(path.join(dir, 'www', 'article.html.gz'), zlib.gzipSync(html, { level: 9 }));
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  default_type text/html;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { try_files /article.html =404; }
  }
}
`,
  );
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGQUIT');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const rows: Record<string, string | number>[] = [];
  for (const { name, mode } of SERVERS) {
    console.log(`measuring ${name}…`);
    const server = await startServer(mode, BENCH_PORT);
    try {
      rows.push({ server: name, ...(await measure(`${server.url}${ARTICLE}`)) });
    } finally {
      await server.stop();
    }
  }
  const nginx = await startNginx(BENCH_PORT + 1);
  if (nginx) {
    console.log('measuring nginx…');
    try {
      rows.push({ server: 'nginx, same HTML (limit)', ...(await measure(`${nginx.url}${ARTICLE}`)) });
    } finally {
      await nginx.stop();
    }
  } else {
    console.log('nginx is not installed: no physical-limit row (apt-get install nginx-light)');
  }
  const limit = rows.find((r) => String(r.server).startsWith('nginx'))?.['requests/s'];
  for (const row of rows) row['share of nginx'] = typeof limit === 'number' ? `${Math.round((Number(row['requests/s']) / limit) * 100)}%` : 'n/a';
  console.table(rows);
  console.log(`written: ${writeResult('server', { path: ARTICLE, cpus: os.cpus().length, servers: rows })}`);
}

void main();
