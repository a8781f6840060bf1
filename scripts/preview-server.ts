/**
 * Serves the built app (`dist/`) with `vite preview` on a free localhost port, for the browser
 * tests and the screenshots script. The caller stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface PreviewServer {
  origin: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${origin} within ${timeoutMs} ms`);
}

export interface PreviewOptions {
  /** Another build folder than dist/ (the update test serves two builds in turn). */
  outDir?: string;
  /** A fixed port: a service worker belongs to its origin, so build B must come on A's port. */
  port?: number;
}

export async function startPreview({ outDir, port: fixedPort }: PreviewOptions = {}): Promise<PreviewServer> {
  const dir = outDir ?? `${ROOT}dist`;
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is missing: run \`vite build\` first`);
  const port = fixedPort ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const args = ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), ...(outDir ? ['--outDir', outDir] : [])];
  const child = spawn(`${ROOT}node_modules/.bin/vite`, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  try {
    await waitUntilServing(origin, child, 20_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
