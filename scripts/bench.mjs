#!/usr/bin/env node
// npm run bench (= npm run build && node scripts/bench.mjs)
// 1. records/second of summarizeSurveys on 1,000,000 generated records (in memory, best of 3 runs), with the
//    distinct-CallId count (the default) and with totalCalls given (no call-id set);
// 2. wall time and peak memory (max RSS) of the streaming CLI on a generated 1,000,000-row CSV in a temp dir,
//    measured with /usr/bin/time -v when present, else with process.resourceUsage().maxRSS inside the child.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const root = fileURLToPath(new URL('..', import.meta.url));
const { generateSampleSurveys, summarizeSurveys, surveyCsvHeader, surveyCsvRow } = await import(
  new URL('../dist/analytics/index.js', import.meta.url).href
);

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const results = [];

// --- 1. summarizeSurveys in memory
let t = performance.now();
const records = generateSampleSurveys(ROWS, 2026);
const generateMs = performance.now() - t;
const runs = [];
let summary;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  summary = summarizeSurveys(records);
  runs.push(performance.now() - t);
}
const best = Math.min(...runs);
const runsWithTotal = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  summarizeSurveys(records, { totalCalls: summary.totalCalls });
  runsWithTotal.push(performance.now() - t);
}
const bestWithTotal = Math.min(...runsWithTotal);
results.push(['generateSampleSurveys', `${fmtInt(ROWS)} records`, `${(generateMs / 1000).toFixed(2)} s`, '', '']);
results.push([
  'summarizeSurveys (best of 3)',
  `${fmtInt(ROWS)} records`,
  `${(best / 1000).toFixed(3)} s`,
  `${fmtInt(ROWS / (best / 1000))} records/s`,
  '',
]);
results.push([
  'summarizeSurveys + totalCalls (best of 3)',
  `${fmtInt(ROWS)} records`,
  `${(bestWithTotal / 1000).toFixed(3)} s`,
  `${fmtInt(ROWS / (bestWithTotal / 1000))} records/s`,
  '',
]);

// --- 2. the streaming CLI on a CSV file
const dir = mkdtempSync(join(tmpdir(), 'eocs-bench-'));
try {
  const csv = join(dir, 'surveys.csv');
  const out = createWriteStream(csv);
  out.write(surveyCsvHeader());
  let buffer = '';
  for (let i = 0; i < records.length; i++) {
    buffer += surveyCsvRow(records[i]);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  const bytes = statSync(csv).size;
  records.length = 0; // let the parent's records go; the child is measured on its own anyway

  const bin = join(root, 'bin', 'end-of-call-survey.js');
  const useTime = existsSync('/usr/bin/time');
  for (const extra of [[], ['--total-calls', String(summary.totalCalls)]]) {
    const args = ['summarize', csv, '--json', ...extra];
    t = performance.now();
    let child;
    let maxRssKb;
    if (useTime) {
      child = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
      maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
    } else {
      const script = `const { main } = await import(${JSON.stringify(new URL('../dist/analytics/cli.js', import.meta.url).href)});
        process.exitCode = await main(${JSON.stringify(args)});
        process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n');`;
      child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
      maxRssKb = Number(/MAXRSS_KB=(\d+)/.exec(child.stderr)?.[1]);
    }
    const wallMs = performance.now() - t;
    if (child.status !== 0) {
      console.error(child.stderr);
      throw new Error(`the CLI exited with ${child.status}`);
    }
    const cliSummary = JSON.parse(child.stdout);
    if (cliSummary.surveys !== ROWS) throw new Error(`the CLI summarized ${cliSummary.surveys} rows, expected ${ROWS}`);
    results.push([
      `CLI summarize --json${extra.length ? ' --total-calls' : ''}`,
      `${fmtInt(ROWS)} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB CSV`,
      `${(wallMs / 1000).toFixed(2)} s wall`,
      `${fmtInt(ROWS / (wallMs / 1000))} rows/s`,
      `${(maxRssKb / 1024).toFixed(0)} MiB max RSS${useTime ? '' : ' (resourceUsage)'}`,
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const headers = ['Benchmark', 'Input', 'Time', 'Throughput', 'Peak memory'];
const widths = headers.map((h, i) => Math.max(h.length, ...results.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(`Node ${process.version}, ${process.platform} ${process.arch}`);
console.log(line(headers));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of results) console.log(line(r));
