/**
 * Plain-text rendering of a `SurveySummary` (the CLI's table output).
 */
import type { SurveyComparison } from './compare.js';
import type { SurveySummary } from './types.js';

function table(headers: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAlign[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fmt = (n: number, decimals: number) => n.toFixed(decimals);

/**
 * The summary as aligned plain-text tables: totals, one row per (category, scale), distributions, issue tags. Each
 * table has a Surveys and a Calls column (distinct CallId), and "% of calls" is computed from Calls.
 */
export function formatSurveySummaryTable(summary: SurveySummary): string {
  const out: string[] = [];
  out.push('End of Call Survey Summary');
  out.push(`Total calls: ${summary.totalCalls}    Surveys: ${summary.surveys}`);
  out.push('Surveys = responses (one per participant); Calls = distinct CallId; % of calls = Calls / total calls.');
  out.push('');
  if (summary.categories.length === 0) {
    out.push('No survey responses.');
  } else {
    out.push(
      table(
        ['Category', 'Range', 'Cutoff', 'Surveys', 'Calls', '% of calls', 'Mean', 'Median', 'Std dev', 'Low', 'Low %'],
        summary.categories.map((c) => [
          c.category,
          `${c.scale.lowerBound}-${c.scale.upperBound}`,
          String(c.scale.lowScoreThreshold),
          String(c.responses),
          String(c.callsWithResponse),
          fmt(c.percentOfCalls, 2),
          fmt(c.mean, 2),
          fmt(c.median, 2),
          fmt(c.standardDeviation, 2),
          String(c.lowScoreResponses),
          fmt(c.lowScorePercent, 2),
        ]),
        [false, false, true, true, true, true, true, true, true, true, true],
      ),
    );
    for (const c of summary.categories) {
      out.push('');
      out.push(`${c.category} ${c.scale.lowerBound}-${c.scale.upperBound} (cutoff ${c.scale.lowScoreThreshold}): distribution`);
      out.push(
        table(
          ['Score', 'Responses', '% of respondents'],
          c.distribution.map((d) => [String(d.score), String(d.responses), fmt(d.percentOfRespondents, 2)]),
          [true, true, true],
        ),
      );
    }
  }
  out.push('');
  if (summary.issues.length === 0) {
    out.push('No issue tags reported.');
  } else {
    out.push('Issue tags');
    out.push(
      table(
        ['Category', 'Issue', 'Surveys', 'Calls', '% of calls'],
        summary.issues.map((i) => [i.category, i.issue, String(i.count), String(i.calls), fmt(i.percentOfCalls, 3)]),
        [false, false, true, true, true],
      ),
    );
  }
  return out.join('\n') + '\n';
}

/** A comparison as an aligned plain-text table (the CLI's `compare` output): raw and Holm-adjusted p, MDDs, verdict. */
export function formatSurveyComparisonTable(comparison: SurveyComparison): string {
  const { labels } = comparison;
  const p = (x: number) => (x < 0.001 ? '<0.001' : fmt(x, 3));
  const out: string[] = [];
  out.push(`${labels.b} compared with ${labels.a} (alpha ${comparison.alpha}; p-values raw / Holm-adjusted across categories)`);
  out.push('');
  if (comparison.categories.length === 0) out.push('No (category, scale) pair in both summaries.');
  else {
    out.push(
      table(
        ['Category', 'Range', `n ${labels.a}`, `n ${labels.b}`, 'Mean diff', '95 % CI', 'Welch p', 'adj.', 'MDD', 'Low % diff', 'p', 'adj.', 'MDD'],
        comparison.categories.map((c) => [
          c.category,
          `${c.scale.lowerBound}-${c.scale.upperBound}`,
          String(c.a.responses),
          String(c.b.responses),
          fmt(c.meanDifference, 2),
          `${fmt(c.meanDifferenceCi[0], 2)}..${fmt(c.meanDifferenceCi[1], 2)}`,
          p(c.meanDifferenceP),
          p(c.meanDifferencePAdjusted),
          fmt(c.minimumDetectableMeanDifference, 2),
          fmt(c.lowScoreShareDifference, 2),
          p(c.lowScoreShareP),
          p(c.lowScoreSharePAdjusted),
          fmt(c.minimumDetectableShareDifference, 2),
        ]),
        [false, false, true, true, true, true, true, true, true, true, true, true, true],
      ),
    );
    out.push('');
    out.push('MDD = minimum detectable difference at 80 % power (two-sided, alpha 0.05) for these sample sizes.');
    out.push('');
    for (const c of comparison.categories) out.push(`${c.category} ${c.scale.lowerBound}-${c.scale.upperBound}: ${c.verdict}`);
  }
  for (const [name, list] of [[labels.a, comparison.onlyInA], [labels.b, comparison.onlyInB]] as const) {
    for (const x of list) {
      out.push(`only in ${name} (not compared): ${x.category} ${x.scale.lowerBound}-${x.scale.upperBound} (cutoff ${x.scale.lowScoreThreshold})`);
    }
  }
  return out.join('\n') + '\n';
}
