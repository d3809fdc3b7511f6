import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type BenchModule = { default: () => Promise<Record<string, number>> };

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const results: Record<string, number> = {};
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.js$/, '')}`);
    const mod = (await import(join(here, file))) as BenchModule;
    Object.assign(results, await mod.default());
  }
  console.log('\n## all metrics');
  console.table(Object.entries(results).map(([metric, value]) => ({ metric, value: round(value) })));
  const out = join(here, '..', '..', 'bench', 'results.json');
  writeFileSync(out, `${JSON.stringify(sortKeys(results), null, 2)}\n`);
  console.log(`wrote ${out}`);
}

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
