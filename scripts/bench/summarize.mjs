// summarizeSurveys on generated records, in memory (best of 3): with the distinct-CallId count (the default) and
// with totalCalls given.
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

export async function run({ rows: ROWS }) {
  const { generateSampleSurveys, summarizeSurveys } = await import(new URL('../../dist/analytics/index.js', import.meta.url).href);
  const out = [];
  let t = performance.now();
  const records = generateSampleSurveys(ROWS, 2026);
  const generateMs = performance.now() - t;
  out.push({ benchmark: 'generateSampleSurveys', input: `${fmtInt(ROWS)} records`, time: `${(generateMs / 1000).toFixed(2)} s` });
  const best = (fn) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      fn();
      min = Math.min(min, performance.now() - s);
    }
    return min;
  };
  let summary;
  const distinct = best(() => {
    summary = summarizeSurveys(records);
  });
  const withTotal = best(() => summarizeSurveys(records, { totalCalls: summary.totalCalls }));
  for (const [name, ms] of [
    ['summarizeSurveys (best of 3)', distinct],
    ['summarizeSurveys + totalCalls (best of 3)', withTotal],
  ]) {
    out.push({
      benchmark: name,
      input: `${fmtInt(ROWS)} records`,
      time: `${(ms / 1000).toFixed(3)} s`,
      throughput: `${fmtInt(ROWS / (ms / 1000))} records/s`,
    });
  }
  return out;
}
