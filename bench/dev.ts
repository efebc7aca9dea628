/**
 * `npm run bench:dev`: the editor's and developer's loop. Starts `next dev` over a copy of the
 * fixtures (CONTENT_DIR), and measures: the time until Next.js says it is ready, the first
 * render of a story (compiling the route), a second render, and whether an edit to the story's
 * Markdown shows on the next reload, and how long that reload takes. Target (issue 7): ready in
 * under 5 s; an edit visible on reload.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeResult } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3300) + 10;
const STORY = 'kim-train-khabarovsk';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, Math.round(performance.now() - start)];
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dev-'));
  fs.cpSync(path.join('e2e', 'fixtures', 'content'), folder, { recursive: true });
  const started = performance.now();
  const dev = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(PORT)], {
    env: { ...process.env, CONTENT_DIR: folder, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('next dev did not say Ready within 60 s')), 60_000);
      dev.stdout!.on('data', (chunk: Buffer) => {
        if (/Ready in/.test(chunk.toString())) {
          clearTimeout(timer);
          resolve(Math.round(performance.now() - started));
        }
      });
      dev.once('exit', () => reject(new Error('next dev exited')));
    });
    const url = `http://127.0.0.1:${PORT}/en/article/${STORY}`;
    const [, firstRenderMs] = await timed(() => fetch(url).then((r) => r.text()));
    const [, secondRenderMs] = await timed(() => fetch(url).then((r) => r.text()));

    const file = path.join(folder, 'articles', STORY, 'en.md');
    const marker = `Edited at ${Date.now()}`;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title:.*$/m, `title: "${marker}"`));
    const [html, editReloadMs] = await timed(() => fetch(url).then((r) => r.text()));
    const editVisible = html.includes(marker);

    const result = { readyMs, firstRenderMs, secondRenderMs, editReloadMs, editVisible };
    console.table([result]);
    console.log(`written: ${writeResult('dev', result)}`);
    if (!editVisible) process.exitCode = 1;
  } finally {
    dev.kill('SIGTERM');
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

void main();
