// Wall time and peak memory (max RSS) of the streaming CLI on a generated CSV in a temp dir, measured with
// /usr/bin/time -v when present, else with process.resourceUsage().maxRSS inside the child.
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
    for (const extra of [[], ['--total-calls', String(totalCalls)]]) {
      const args = ['summarize', csv, '--json', ...extra];
      const t = performance.now();
      let child;
      let maxRssKb;
      if (useTime) {
        child = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
        maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
      } else {
        const script = `const { main } = await import(${JSON.stringify(new URL('../../dist/analytics/cli.js', import.meta.url).href)});
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
      out.push({
        benchmark: `CLI summarize --json${extra.length ? ' --total-calls' : ''}`,
        input: `${fmtInt(ROWS)} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB CSV`,
        time: `${(wallMs / 1000).toFixed(2)} s wall`,
        throughput: `${fmtInt(ROWS / (wallMs / 1000))} rows/s`,
        memory: `${(maxRssKb / 1024).toFixed(0)} MiB max RSS${useTime ? '' : ' (resourceUsage)'}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
