// Wall time and peak memory (max RSS) of the streaming CLI on a generated CSV in a temp dir, measured with
// /usr/bin/time -v when present, else with process.resourceUsage().maxRSS inside the child; best of 3 runs,
// interleaved with the anchors on the same file: DuckDB (@duckdb/node-api, a devDependency) computing the same
// summary with 1 and 2 threads, and the in-repo floor (read the file and count its line ends).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

export async function run({ root, rows: ROWS }) {
  const { generateSampleSurveys, surveyCsvHeader, surveyCsvRow } = await import(
    new URL('../../dist/analytics/index.js', import.meta.url).href
  );
  const out = [];
  const records = generateSampleSurveys(ROWS, 2026);
  const totalCalls = new Set(records.map((r) => r.CallId)).size;
  const dir = mkdtempSync(join(tmpdir(), 'eocs-bench-'));
  try {
    const csv = join(dir, 'surveys.csv');
    const file = createWriteStream(csv);
    file.write(surveyCsvHeader());
    let buffer = '';
    for (let i = 0; i < records.length; i++) {
      buffer += surveyCsvRow(records[i]);
      if (buffer.length > 1 << 20) {
        if (!file.write(buffer)) await once(file, 'drain');
        buffer = '';
      }
    }
    file.end(buffer);
    await once(file, 'finish');
    const bytes = statSync(csv).size;
    records.length = 0;

    const bin = join(root, 'bin', 'end-of-call-survey.js');
    const useTime = existsSync('/usr/bin/time');
    const input = `${fmtInt(ROWS)} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB CSV`;
    /** Runs `node <args>` once: wall ms, max RSS in KiB, stdout. */
    const measure = (nodeArgs) => {
      const t = performance.now();
      let child;
      let maxRssKb;
      if (useTime) {
        child = spawnSync('/usr/bin/time', ['-v', process.execPath, ...nodeArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
        maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
      } else {
        child = spawnSync(process.execPath, nodeArgs, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
        maxRssKb = Number(/MAXRSS_KB=(\d+)/.exec(child.stderr)?.[1]);
      }
      const wallMs = performance.now() - t;
      if (child.status !== 0) {
        console.error(child.stderr);
        throw new Error(`node ${nodeArgs.slice(0, 2).join(' ')} exited with ${child.status}`);
      }
      return { wallMs, maxRssKb, stdout: child.stdout };
    };
    const rssNote = useTime ? '' : ' (resourceUsage)';
    const rssTail = `process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n');`;
    const cliArgs = (extra) => {
      const args = ['summarize', csv, '--json', ...extra];
      if (useTime) return [bin, ...args];
      const cli = JSON.stringify(new URL('../../dist/analytics/cli.js', import.meta.url).href);
      return ['--input-type=module', '-e', `const { main } = await import(${cli}); process.exitCode = await main(${JSON.stringify(args)}); ${rssTail}`];
    };
    const floorArgs = [
      '-e',
      `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(csv)}, 'r'); const b = Buffer.allocUnsafe(1 << 20);
       let lines = 0; for (let n; (n = fs.readSync(fd, b, 0, b.length)) > 0; ) { const v = b.subarray(0, n); for (let i = v.indexOf(10); i >= 0; i = v.indexOf(10, i + 1)) lines++; }
       console.log(lines); ${rssTail}`,
    ];
    const duckdb = await duckdbAvailable(root);
    const duckArgs = (threads) => ['--input-type=module', '-e', duckdbScript(csv, threads, rssTail)];

    const variants = [
      { name: 'CLI summarize --json (distinct calls counted)', args: cliArgs([]), anchor: duckdb && 'duck2' },
      { name: 'CLI summarize --json --total-calls', args: cliArgs(['--total-calls', String(totalCalls)]), anchor: duckdb && 'duck1' },
      { name: 'floor: read the file, count line ends', args: floorArgs },
      ...(duckdb
        ? [
            { name: 'DuckDB read_csv + same summary, 1 thread', args: duckArgs(1), key: 'duck1' },
            { name: 'DuckDB read_csv + same summary, 2 threads', args: duckArgs(2), key: 'duck2' },
          ]
        : []),
    ];
    const best = new Map();
    for (let round = 0; round < 3; round++) {
      for (const v of variants) {
        const m = measure(v.args);
        if (v.args === variants[0].args || v.args === variants[1].args) {
          const cliSummary = JSON.parse(m.stdout);
          if (cliSummary.surveys !== ROWS) throw new Error(`the CLI summarized ${cliSummary.surveys} rows, expected ${ROWS}`);
        }
        const prev = best.get(v);
        if (!prev || m.wallMs < prev.wallMs) best.set(v, { wallMs: m.wallMs, maxRssKb: Math.max(m.maxRssKb, prev?.maxRssKb ?? 0) });
        else prev.maxRssKb = Math.max(prev.maxRssKb, m.maxRssKb);
      }
    }
    const byKey = new Map(variants.filter((v) => v.key).map((v) => [v.key, best.get(v)]));
    const names = new Map(variants.filter((v) => v.key).map((v) => [v.key, v.name]));
    for (const v of variants) {
      const { wallMs, maxRssKb } = best.get(v);
      const anchor = v.anchor ? byKey.get(v.anchor) : undefined;
      out.push({
        benchmark: v.name,
        input,
        time: `${(wallMs / 1000).toFixed(2)} s wall (best of 3)`,
        throughput: `${fmtInt(ROWS / (wallMs / 1000))} rows/s`,
        memory: `${(maxRssKb / 1024).toFixed(0)} MiB max RSS${rssNote}`,
        anchor: anchor ? `${names.get(v.anchor)}: ${(anchor.wallMs / 1000).toFixed(2)} s` : '',
        ratio: anchor ? `×${(wallMs / anchor.wallMs).toFixed(2)}` : '',
      });
    }
    if (!duckdb) {
      out.push({ benchmark: 'DuckDB anchor', input, time: 'not run: @duckdb/node-api is not installed (npm ci installs it; or npm i -D @duckdb/node-api)' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function duckdbAvailable(root) {
  return existsSync(join(root, 'node_modules', '@duckdb', 'node-api', 'package.json'));
}

/** The kit's summary in SQL: per category n, mean, median, sd, low-score count, distinct calls; tag counts. */
function duckdbScript(csv, threads, rssTail) {
  const cats = ['Overall', 'Audio', 'Video', 'Screenshare'];
  const issues = { Overall: 'OverallCallIssues', Audio: 'AudioIssues', Video: 'VideoIssues', Screenshare: 'ScreenshareIssues' };
  const cols = cats.flatMap((k) => [`${k}RatingScore`, `${k}RatingScoreLowerBound`, `${k}RatingScoreUpperBound`, `${k}RatingScoreThreshold`, issues[k]]);
  const load = `CREATE TEMP TABLE s AS SELECT CallId, ${cols.join(', ')} FROM read_csv(${sql(csv)}, header = true)`;
  const stats = cats
    .map(
      (k) => `SELECT '${k}' AS category, count(${k}RatingScore) AS n, avg(${k}RatingScore) AS mean, median(${k}RatingScore) AS med,
        stddev_samp(${k}RatingScore) AS sd, count_if(${k}RatingScore <= coalesce(${k}RatingScoreThreshold, 2)) AS low,
        count(DISTINCT CASE WHEN ${k}RatingScore IS NOT NULL THEN CallId END) AS calls FROM s`,
    )
    .join(' UNION ALL ');
  const tags = cats
    .map((k) => `SELECT '${k}' AS category, tag, count(*) AS n FROM (SELECT unnest(string_split(${issues[k]}, ',')) AS tag FROM s WHERE ${issues[k]} <> '') GROUP BY tag`)
    .join(' UNION ALL ');
  return `import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:', { threads: '${threads}' });
    const c = await db.connect();
    await c.run(${JSON.stringify(load)});
    const a = await c.runAndReadAll(${JSON.stringify(stats)});
    const b = await c.runAndReadAll(${JSON.stringify(tags)});
    console.log(a.getRows().length + b.getRows().length);
    ${rssTail}`;
}

function sql(text) {
  return `'${text.replace(/'/g, "''")}'`;
}
