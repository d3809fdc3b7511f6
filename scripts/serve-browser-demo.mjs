// `npm run demo:browser`: bundles examples/browser (page + worker) with esbuild for the
// browser and serves it on 127.0.0.1 (port from PORT, else an ephemeral one).
// Also imported by the e2e test, which builds and serves the same way.
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const SOURCE = 'examples/browser';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Bundles the page and its worker into `outdir` (ESM, platform browser) and copies the static files. */
export async function buildBrowserDemo(outdir = '.build/browser-demo') {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: { main: `${SOURCE}/main.ts`, 'job-worker': `${SOURCE}/job-worker.ts` },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(SOURCE, file), join(outdir, file));
  return outdir;
}

/** Serves `root` statically on 127.0.0.1; resolves with the server and its URL. */
export function serveStatic(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = await buildBrowserDemo();
  const { url } = await serveStatic(outdir, Number(process.env.PORT ?? 0));
  console.log(`frametasks browser demo: ${url}  (Ctrl+C to stop)`);
}
