// Wall time and peak memory (max RSS) of the streaming CLI on generated exports of the same records in a temp dir:
// the portal CSV, the Azure Storage diagnostic-setting blob (PT1H.json: one resource-log record per line,
// `properties` nested), flat JSON Lines (one ACSCallSurvey row object per line, as Log Analytics exports them) and
// the `az monitor log-analytics query` output (one pretty-printed JSON array of flat rows, every value a string).
// Measured with /usr/bin/time -v when present, else with process.resourceUsage().maxRSS inside the child; best of 3
// runs, interleaved with the anchors on the same file: DuckDB (@duckdb/node-api, a devDependency) computing the same
// summary (read_csv with 1 and 2 threads; read_json with 1 thread: newline-delimited for PT1H.json and the flat
// lines, format 'array' for az), and the in-repo floor (read the file and count its line ends).
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
    const pt1h = join(dir, 'PT1H.json');
    const flat = join(dir, 'surveys.jsonl');
    const az = join(dir, 'az.json');
    // Each export: its file, what comes before the first row and after the last, and a record's text.
    const exports = [
      { path: csv, head: surveyCsvHeader(), row: (r) => surveyCsvRow(r), tail: '' },
      { path: pt1h, head: '', row: (r) => diagnosticLine(r), tail: '' },
      { path: flat, head: '', row: (r) => flatLine(r), tail: '' },
      { path: az, head: '[\n', row: (r, i) => (i > 0 ? ',\n' : '') + azRow(r), tail: '\n]\n' },
    ].map((e) => ({ ...e, file: createWriteStream(e.path), buffer: e.head }));
    for (let i = 0; i < records.length; i++) {
      for (const e of exports) {
        e.buffer += e.row(records[i], i);
        if (e.buffer.length > 1 << 20) {
          if (!e.file.write(e.buffer)) await once(e.file, 'drain');
          e.buffer = '';
        }
      }
    }
    for (const e of exports) e.file.end(e.buffer + e.tail);
    await Promise.all(exports.map((e) => once(e.file, 'finish')));
    const [bytes, jsonBytes, flatBytes, azBytes] = exports.map((e) => statSync(e.path).size);
    records.length = 0;

    const bin = join(root, 'bin', 'end-of-call-survey.js');
    const useTime = existsSync('/usr/bin/time');
    const inputs = {
      csv: `${fmtInt(ROWS)} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB CSV`,
      pt1h: `${fmtInt(ROWS)} records, ${(jsonBytes / 2 ** 20).toFixed(0)} MiB PT1H.json`,
      flat: `${fmtInt(ROWS)} rows, ${(flatBytes / 2 ** 20).toFixed(0)} MiB flat JSON Lines`,
      az: `${fmtInt(ROWS)} rows, ${(azBytes / 2 ** 20).toFixed(0)} MiB az JSON array`,
    };
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
    const cliArgs = (path, extra) => {
      const args = ['summarize', path, '--json', ...extra];
      if (useTime) return [bin, ...args];
      const cli = JSON.stringify(new URL('../../dist/analytics/cli.js', import.meta.url).href);
      return ['--input-type=module', '-e', `const { main } = await import(${cli}); process.exitCode = await main(${JSON.stringify(args)}); ${rssTail}`];
    };
    const floorArgs = (path) => [
      '-e',
      `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(path)}, 'r'); const b = Buffer.allocUnsafe(1 << 20);
       let lines = 0; for (let n; (n = fs.readSync(fd, b, 0, b.length)) > 0; ) { const v = b.subarray(0, n); for (let i = v.indexOf(10); i >= 0; i = v.indexOf(10, i + 1)) lines++; }
       console.log(lines); ${rssTail}`,
    ];
    const duckdb = await duckdbAvailable(root);
    const duckArgs = (source, threads) => ['--input-type=module', '-e', duckdbScript(source, threads, rssTail)];
    const total = ['--total-calls', String(totalCalls)];

    const variants = [
      { name: 'CLI summarize --json (distinct calls counted)', input: 'csv', args: cliArgs(csv, []), cli: true, anchor: duckdb && 'duck2' },
      { name: 'CLI summarize --json --total-calls', input: 'csv', args: cliArgs(csv, total), cli: true, anchor: duckdb && 'duck1' },
      { name: 'floor: read the file, count line ends', input: 'csv', args: floorArgs(csv) },
      ...(duckdb
        ? [
            { name: 'DuckDB read_csv + same summary, 1 thread', input: 'csv', args: duckArgs({ csv }, 1), key: 'duck1' },
            { name: 'DuckDB read_csv + same summary, 2 threads', input: 'csv', args: duckArgs({ csv }, 2), key: 'duck2' },
          ]
        : []),
      { name: 'CLI summarize --json PT1H.json (distinct calls counted)', input: 'pt1h', args: cliArgs(pt1h, []), cli: true, anchor: duckdb && 'jduck1' },
      { name: 'CLI summarize --json --total-calls PT1H.json', input: 'pt1h', args: cliArgs(pt1h, total), cli: true, anchor: duckdb && 'jduck1' },
      { name: 'floor: read PT1H.json, count line ends', input: 'pt1h', args: floorArgs(pt1h) },
      ...(duckdb
        ? [{ name: 'DuckDB read_json (newline-delimited) + same summary, 1 thread', input: 'pt1h', args: duckArgs({ ndjson: pt1h }, 1), key: 'jduck1' }]
        : []),
      { name: 'CLI summarize --json flat JSONL (distinct calls counted)', input: 'flat', args: cliArgs(flat, []), cli: true, anchor: duckdb && 'fduck1' },
      { name: 'CLI summarize --json --total-calls flat JSONL', input: 'flat', args: cliArgs(flat, total), cli: true, anchor: duckdb && 'fduck1' },
      { name: 'floor: read flat JSONL, count line ends', input: 'flat', args: floorArgs(flat) },
      ...(duckdb
        ? [{ name: 'DuckDB read_json (newline-delimited, flat) + same summary, 1 thread', input: 'flat', args: duckArgs({ flat }, 1), key: 'fduck1' }]
        : []),
      { name: 'CLI summarize --json az JSON array (distinct calls counted)', input: 'az', args: cliArgs(az, []), cli: true, anchor: duckdb && 'aduck1' },
      { name: 'CLI summarize --json --total-calls az JSON array', input: 'az', args: cliArgs(az, total), cli: true, anchor: duckdb && 'aduck1' },
      { name: 'floor: read the az JSON array, count line ends', input: 'az', args: floorArgs(az) },
      ...(duckdb
        ? [{ name: "DuckDB read_json (format 'array', strings cast) + same summary, 1 thread", input: 'az', args: duckArgs({ az }, 1), key: 'aduck1' }]
        : []),
    ];
    // BENCH_INPUTS=pt1h (or csv, flat, az, or a comma-separated list) runs only the rows of those inputs.
    const only = process.env.BENCH_INPUTS?.split(',');
    if (only) variants.splice(0, variants.length, ...variants.filter((v) => only.includes(v.input)));
    const best = new Map();
    for (let round = 0; round < 3; round++) {
      for (const v of variants) {
        const m = measure(v.args);
        if (v.cli) {
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
        input: inputs[v.input],
        time: `${(wallMs / 1000).toFixed(2)} s wall (best of 3)`,
        throughput: `${fmtInt(ROWS / (wallMs / 1000))} rows/s`,
        memory: `${(maxRssKb / 1024).toFixed(0)} MiB max RSS${rssNote}`,
        anchor: anchor ? `${names.get(v.anchor)}: ${(anchor.wallMs / 1000).toFixed(2)} s` : '',
        ratio: anchor ? `×${(wallMs / anchor.wallMs).toFixed(2)}` : '',
      });
    }
    if (!duckdb) {
      out.push({ benchmark: 'DuckDB anchor', input: inputs.csv, time: 'not run: @duckdb/node-api is not installed (npm ci installs it; or npm i -D @duckdb/node-api)' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function duckdbAvailable(root) {
  return existsSync(join(root, 'node_modules', '@duckdb', 'node-api', 'package.json'));
}

/**
 * One diagnostic-setting record as Azure Monitor writes it to a storage account (a PT1H.json line): the common
 * resource-log fields, `properties` with the ACSCallSurvey columns (scores as numbers, empty ones left out).
 */
function diagnosticLine(r) {
  const properties = {};
  for (const [key, value] of Object.entries(r)) {
    if (value === null || value === undefined || DIAGNOSTIC_TOP.has(key) || key === 'Type' || key === '_SubscriptionId') continue;
    properties[key] = value;
  }
  return (
    JSON.stringify({
      time: r.TimeGenerated,
      resourceId: r._ResourceId.toUpperCase(),
      category: 'CallSurvey',
      operationName: r.OperationName,
      operationVersion: r.OperationVersion,
      correlationId: r.CorrelationId,
      location: 'global',
      properties,
    }) + '\n'
  );
}
const DIAGNOSTIC_TOP = new Set(['TimeGenerated', '_ResourceId', 'OperationName', 'OperationVersion', 'TenantId']);

/**
 * One flat ACSCallSurvey row as Log Analytics writes it (a data export or `az monitor log-analytics query` row as
 * JSON Lines): TenantId and TimeGenerated first, the table's columns (scores as numbers, empty ones left out), Type
 * last.
 */
function flatLine(r) {
  return JSON.stringify(flatRow(r, (value) => value ?? undefined)) + '\n';
}
const FLAT_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/**
 * A record as a flat row: TenantId and TimeGenerated first, then every other column as `cell` writes its value
 * (undefined: left out), Type last.
 */
function flatRow(r, cell) {
  const row = { TenantId: FLAT_TENANT, TimeGenerated: r.TimeGenerated };
  for (const [key, value] of Object.entries(r)) {
    if (key === 'TenantId' || key === 'TimeGenerated' || key === 'Type') continue;
    const written = cell(value);
    if (written !== undefined) row[key] = written;
  }
  row.Type = 'ACSCallSurvey';
  return row;
}

/**
 * One row of `az monitor log-analytics query` output: the flat row with every value a string (an empty one `""`),
 * TableName last, pretty-printed inside the array (two-space indent), as the az CLI writes it.
 */
function azRow(r) {
  const cells = flatRow(r, (value) => (value === null || value === undefined ? '' : String(value)));
  const row = { ...cells, TableName: 'PrimaryResult' };
  return JSON.stringify(row, null, 2).replace(/^/gm, '  ');
}

/**
 * The kit's summary in SQL: per category n, mean, median, sd, low-score count, distinct calls; tag counts. From
 * `{ csv }` (read_csv), `{ ndjson }` (read_json of PT1H.json lines: the columns are `properties` fields of the
 * CallSurvey records), `{ flat }` (read_json of flat row lines: the columns are top-level keys) or `{ az }` (read_json
 * of the az CLI's array: every value a string, cast here).
 */
function duckdbScript(source, threads, rssTail) {
  const cats = ['Overall', 'Audio', 'Video', 'Screenshare'];
  const issues = { Overall: 'OverallCallIssues', Audio: 'AudioIssues', Video: 'VideoIssues', Screenshare: 'ScreenshareIssues' };
  const cols = cats.flatMap((k) => [`${k}RatingScore`, `${k}RatingScoreLowerBound`, `${k}RatingScoreUpperBound`, `${k}RatingScoreThreshold`, issues[k]]);
  const ints = new Set(cols.filter((c) => c.includes('RatingScore')));
  const load = source.csv
    ? `CREATE TEMP TABLE s AS SELECT CallId, ${cols.join(', ')} FROM read_csv(${sql(source.csv)}, header = true)`
    : source.az
    ? `CREATE TEMP TABLE s AS SELECT CallId, ${cols
        .map((c) => (ints.has(c) ? `CAST(NULLIF(${c}, '') AS INTEGER) AS ${c}` : `NULLIF(${c}, '') AS ${c}`))
        .join(', ')} FROM read_json(${sql(source.az)}, format = 'array', columns = {${['CallId', ...cols].map((c) => `${c}: 'VARCHAR'`).join(', ')}})`
    : source.flat
    ? `CREATE TEMP TABLE s AS SELECT CallId, ${cols.join(', ')} FROM read_json(${sql(source.flat)}, format = 'newline_delimited', columns = {${[
        'CallId',
        ...cols,
      ]
        .map((c) => `${c}: '${ints.has(c) ? 'INTEGER' : 'VARCHAR'}'`)
        .join(', ')}})`
    : `CREATE TEMP TABLE s AS SELECT ${['CallId', ...cols].map((c) => `properties.${c} AS ${c}`).join(', ')}
       FROM read_json(${sql(source.ndjson)}, format = 'newline_delimited', columns = {category: 'VARCHAR', properties: 'STRUCT(${[
         'CallId',
         ...cols,
       ]
         .map((c) => `${c} ${ints.has(c) ? 'INTEGER' : 'VARCHAR'}`)
         .join(', ')})'}) WHERE category = 'CallSurvey'`;
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
