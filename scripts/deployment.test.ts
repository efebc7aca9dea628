import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const dockerfile = fs.readFileSync(path.join(repo, 'Dockerfile'), 'utf8');

/** The Dockerfile's stages: name, base image and instructions (continuation lines joined). */
function stages() {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const result: { name: string; from: string; instructions: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) result.push({ from: from[1]!, name: from[2] ?? '', instructions: [] });
    else result.at(-1)?.instructions.push(line);
  }
  return result;
}

// Docker does not run here: this reads the Dockerfile the way a reviewer would.
describe('the Dockerfile', () => {
  const all = stages();
  const runtime = all.at(-1)!;

  it('builds in stages from the Node image of .nvmrc: dependencies, build, runtime', () => {
    expect(all.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
    const nodeVersion = fs.readFileSync(path.join(repo, '.nvmrc'), 'utf8').trim();
    for (const stage of all) expect(stage.from).toBe(`node:${nodeVersion}-bookworm-slim`);
    expect(all[0]!.instructions).toContain('RUN npm ci --no-audit --no-fund');
    expect(all[1]!.instructions).toContain('RUN npm run build');
  });

  it('runs the standalone server as a non-root user, with a health check', () => {
    const user = runtime.instructions.find((i) => i.startsWith('USER '));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|$)/);
    expect(runtime.instructions.indexOf(user!)).toBeGreaterThan(runtime.instructions.findLastIndex((i) => i.startsWith('COPY') || i.startsWith('RUN')));
    expect(runtime.instructions.find((i) => i.startsWith('HEALTHCHECK'))).toContain('/api/health');
    expect(runtime.instructions.at(-1)).toBe('CMD ["node", "front-server.mjs"]');
  });

  it('ships the standalone server with what it leaves out, and no source or dev tools', () => {
    const copies = runtime.instructions.filter((i) => i.startsWith('COPY'));
    const frontDoor = ['front-server.mjs', 'front-door.mjs', 'page-cache.mjs', 'content-watch.mjs', 'security-headers.cjs'].map((file) => `/app/scripts/${file}`);
    for (const part of ['/app/.next/standalone', '/app/.next/static', '/app/.next/cache/content', '/app/public', '/app/content', ...frontDoor]) {
      expect(copies.some((c) => c.includes(part)), part).toBe(true);
    }
    // The front door's one dependency, and no other package outside the standalone output.
    expect(copies.filter((c) => c.includes('node_modules') && !c.includes('standalone'))).toEqual([
      'COPY --from=build --chown=newsroom:newsroom /app/node_modules/undici ./node_modules/undici',
    ]);
  });

  it("leaves the release folders npm start makes (.releases/) out of the image's build context", () => {
    const ignored = fs.readFileSync(path.join(repo, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain('.releases');
  });
});

describe('the Next.js build settings', () => {
  it('asks for a standalone server that does not carry the content folder', async () => {
    const config = (await import(path.join(repo, 'next.config.js'))).default as { output?: string; outputFileTracingExcludes?: Record<string, string[]> };
    expect(config.output).toBe('standalone');
    expect(config.outputFileTracingExcludes?.['*']).toContain('content/**');
  });
});

describe('the Node.js version', () => {
  const nodeVersion = fs.readFileSync(path.join(repo, '.nvmrc'), 'utf8').trim();
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };

  it('is one exact release of the line package.json asks for, and the suite runs on that line', () => {
    expect(nodeVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const major = nodeVersion.split('.')[0];
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(process.versions.node.split('.')[0]).toBe(major);
  });
});
