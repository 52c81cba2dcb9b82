#!/usr/bin/env node
// npm run bench (= npm run build && node scripts/bench.mjs [name …])
// Runs every benchmark module in scripts/bench/ (or only the ones named), each measuring the kit against an anchor
// in the same run, prints one table and writes it to bench-results/bench.md (for the issue notes).
// A module exports `async run(ctx)` returning rows: { benchmark, input, time, throughput?, memory?, anchor?, ratio? }.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'scripts', 'bench');
const wanted = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.mjs$/, '')));

const ctx = { root, rows: Number(process.env.BENCH_ROWS ?? 1_000_000) };
const rows = [];
for (const file of modules) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  process.stderr.write(`bench: ${file} …\n`);
  for (const row of await mod.run(ctx)) rows.push({ module: file.replace(/\.mjs$/, ''), ...row });
}

const columns = [
  ['benchmark', 'Benchmark'],
  ['input', 'Input'],
  ['time', 'Time'],
  ['throughput', 'Throughput'],
  ['memory', 'Peak memory'],
  ['anchor', 'Anchor (same run)'],
  ['ratio', 'Ratio'],
];
const cells = rows.map((r) => columns.map(([key]) => String(r[key] ?? '')));
const headers = columns.map(([, title]) => title);
const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
const table = [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
const head = `Node ${process.version}, ${process.platform} ${process.arch}, ${new Date().toISOString()}`;
console.log(head);
console.log(table);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.md'), `${head}\n\n${table}\n`);
