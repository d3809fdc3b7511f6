import { spawn, type ChildProcess } from 'node:child_process';
import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/**
 * Bundles `entry` to ESM in a temp dir under node_modules (child processes cannot load
 * TypeScript; packages stay external and resolve from the repo's node_modules).
 */
export function bundleForNode(entry: string, name: string): { path: string; dir: string; cleanup(): void } {
  const base = join(root, 'node_modules', '.cache');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'frametasks-remote-'));
  const path = join(dir, name);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: path,
    packages: 'external',
    logLevel: 'error',
  });
  return { path, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The worker fixture (and the thread-isolation functions next to it). */
export function buildRemoteWorker(): { path: string; dir: string; cleanup(): void } {
  const built = bundleForNode(join(__dirname, '..', 'fixtures', 'remote-worker.ts'), 'remote-worker.mjs');
  copyFileSync(join(__dirname, '..', 'fixtures', 'thread-functions.mjs'), join(built.dir, 'thread-functions.mjs'));
  return built;
}

/** A worker process serving a queue; `started` resolves once it is connected. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly started: Promise<void>;
  /** SIGTERM (graceful) or SIGKILL, then waits for the exit (bounded). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  readonly exited: Promise<void>;
}

export function startWorker(script: string, args: (string | number)[]): WorkerProcess {
  const child = spawn(process.execPath, [script, ...args.map(String)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 15 s:\n${out}`)), 15_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (/ready \d+/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => (clearTimeout(timer), reject(new Error(`worker exited early:\n${out}`))));
  });
  started.catch(() => undefined);
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const bounded = new Promise<void>((r) => setTimeout(r, 10_000).unref());
    await Promise.race([exited, bounded]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return { child, pid: child.pid ?? 0, started, stop, exited };
}
