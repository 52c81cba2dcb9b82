// summarizeSurveys on generated records, in memory (best of 5, interleaved with the anchors): with totalCalls given
// and counting distinct calls (the default). Both count the distinct calls of every category and tag (the shares of
// calls need them); the default also reports totalCalls = distinct CallId.
// Anchors measured in the same run over the same records:
// - the floor: a tight loop over the 4 score histograms only (no scales, no tags, no calls);
// - distinct calls with a JS Set of call-id strings (the old way), and a sort-based baseline (sort the ids, count runs).
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

export async function run({ rows: ROWS }) {
  const { generateSampleSurveys, summarizeSurveys } = await import(new URL('../../dist/analytics/index.js', import.meta.url).href);
  const out = [];
  let t = performance.now();
  const records = generateSampleSurveys(ROWS, 2026);
  const generateMs = performance.now() - t;
  out.push({ benchmark: 'generateSampleSurveys', input: `${fmtInt(ROWS)} records`, time: `${(generateMs / 1000).toFixed(2)} s` });

  const cols = ['Overall', 'Audio', 'Video', 'Screenshare'].map((p) => `${p}RatingScore`);
  const histogramLoop = () => {
    const h = new Float64Array(4 * 101);
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      for (let c = 0; c < 4; c++) {
        const s = r[cols[c]];
        if (s !== null && s !== undefined) h[c * 101 + s]++;
      }
    }
    return h;
  };
  const setOfStrings = () => {
    const set = new Set();
    for (let i = 0; i < records.length; i++) set.add(records[i].CallId);
    return set.size;
  };
  const sortBaseline = () => {
    const ids = new Array(records.length);
    for (let i = 0; i < records.length; i++) ids[i] = records[i].CallId;
    ids.sort();
    let n = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) n++;
    return n;
  };
  let summary;
  const cases = {
    floor: histogramLoop,
    set: setOfStrings,
    sort: sortBaseline,
    distinct: () => {
      summary = summarizeSurveys(records);
    },
    total: () => summarizeSurveys(records, { totalCalls: summary?.totalCalls ?? ROWS }),
  };
  const best = Object.fromEntries(Object.keys(cases).map((k) => [k, Infinity]));
  for (let round = 0; round < 5; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      const s = performance.now();
      fn();
      best[name] = Math.min(best[name], performance.now() - s);
    }
  }
  const rate = (ms) => ROWS / (ms / 1000);
  const row = (benchmark, ms, anchorName, anchorMs) => ({
    benchmark,
    input: `${fmtInt(ROWS)} records`,
    time: `${(ms / 1000).toFixed(3)} s`,
    throughput: `${fmtInt(rate(ms))} records/s`,
    ...(anchorName ? { anchor: `${anchorName}: ${fmtInt(rate(anchorMs))} records/s`, ratio: `${(anchorMs / ms).toFixed(2)}× anchor speed` } : {}),
  });
  out.push(row('summarizeSurveys + totalCalls (best of 5)', best.total, 'histogram-only loop (floor)', best.floor));
  out.push(row('summarizeSurveys, distinct calls (best of 5)', best.distinct, 'JS Set of call-id strings (ids only)', best.set));
  out.push(row('summarizeSurveys, distinct calls (best of 5)', best.distinct, 'sort-based baseline (ids only)', best.sort));
  out.push(row('anchor: histogram-only loop', best.floor));
  out.push(row('anchor: JS Set of call-id strings', best.set));
  out.push(row('anchor: sort-based distinct count', best.sort));
  return out;
}
