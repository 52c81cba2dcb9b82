import { describe, expect, it } from 'vitest';
import type { LogsQueryResult, LogsTable, QueryTimeInterval } from '@azure/monitor-query-logs';
import {
  CATEGORY_COLUMNS,
  generateSampleSurveys,
  parseSurveyExport,
  querySurveySummariesByResource,
  querySurveySummary,
  summarizeSurveys,
  summaryFromKqlTable,
  surveySummaryKql,
  SurveyQueryError,
  SurveyQueryOptionsError,
} from '../../src/analytics/index.js';
import type { SurveyRecord, SurveySummaryKqlOptions } from '../../src/analytics/index.js';
import { SURVEY_CATEGORIES } from '../../src/core/types.js';
import { GOLDEN_CSV } from './golden.js';
import { diagnostics } from './kusto.js';

describe('surveySummaryKql', () => {
  it('the language service itself reports errors (sanity check of the harness)', () => {
    expect(diagnostics('ACSCallSurvey | summarize count() by NoSuchColumn')).toHaveLength(1);
    expect(diagnostics('ACSCallSurvey | summarize count() by OverallRatingScore')).toEqual([]);
  });

  const combos: SurveySummaryKqlOptions[] = [];
  for (const start of [undefined, '2026-01-01T00:00:00Z', new Date('2026-01-01T00:00:00Z')])
    for (const end of [undefined, '2026-02-01'])
      for (const resourceId of [undefined, '/subscriptions/x/resourceGroups/"rg"\\n\n\t/providers/Microsoft.Communication/CommunicationServices/acs'])
        for (const groupByResource of [undefined, false, true])
          for (const totalCallsFrom of [undefined, 'surveys', 'ACSCallSummary'] as const) {
            const o: SurveySummaryKqlOptions = {};
            if (start !== undefined) o.start = start;
            if (end !== undefined) o.end = end;
            if (resourceId !== undefined) o.resourceId = resourceId;
            if (groupByResource !== undefined) o.groupByResource = groupByResource;
            if (totalCallsFrom !== undefined) o.totalCallsFrom = totalCallsFrom;
            combos.push(o);
          }

  it(`parses with zero diagnostics for all ${combos.length} option combinations`, () => {
    for (const options of combos) {
      const query = surveySummaryKql(options);
      expect({ options, problems: diagnostics(query) }).toEqual({ options, problems: [] });
    }
  });

  it('filters and escapes the options', () => {
    const q = surveySummaryKql({
      start: '2026-01-01T00:00:00Z',
      end: new Date('2026-02-01T00:00:00Z'),
      resourceId: 'a"b\\c',
      totalCallsFrom: 'ACSCallSummary',
    });
    expect(q).toContain('| where TimeGenerated >= datetime(2026-01-01T00:00:00.000Z)');
    expect(q).toContain('| where TimeGenerated < datetime(2026-02-01T00:00:00.000Z)');
    expect(q).toContain('| where _ResourceId =~ "a\\"b\\\\c"');
    expect(q).toContain('ACSCallSummary');
    expect(q).toContain('distinct CorrelationId');
    expect(q).toContain('coalesce(toint(OverallRatingScoreLowerBound), toint(1))');
    expect(q).toContain('mv-expand');
    expect(surveySummaryKql()).not.toContain('where TimeGenerated');
  });

  it('counts distinct calls exactly (count_distinctif, never the approximate dcount) per scale and per tag', () => {
    for (const options of [{}, { groupByResource: true }] as SurveySummaryKqlOptions[]) {
      const q = surveySummaryKql(options);
      expect(q).not.toMatch(/\bdcount\(/);
      expect(q).toMatch(/summarize Count = count\(\), Calls = count_distinctif\(CallId, isnotempty\(CallId\)\) by (ResourceId, )?Category, LowerBound, UpperBound, Threshold\n/);
      expect(q).toMatch(/summarize Count = count\(\), Calls = count_distinctif\(CallId, isnotempty\(CallId\)\) by (ResourceId, )?Category, Issue\n/);
      expect(q).toMatch(/Kind = "scale"/);
      expect(q).toMatch(/\| project Kind, (ResourceId, )?Category, LowerBound, UpperBound, Threshold, Score, Issue, Count, Calls$/);
    }
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => surveySummaryKql({ start: 'yesterday' })).toThrow(SurveyQueryOptionsError);
    expect(() => surveySummaryKql({ start: 'yesterday' })).toThrow(/start must be a valid Date or an ISO 8601 date string/);
    expect(() => surveySummaryKql({ end: new Date(NaN) })).toThrow(/end must be a valid Date/);
    expect(() => surveySummaryKql({ start: '2026-02-01', end: '2026-01-01' })).toThrow(/start must be before end/);
    expect(() => surveySummaryKql({ resourceId: '' })).toThrow(/resourceId must be a non-empty string/);
    expect(() => surveySummaryKql({ totalCallsFrom: 'calls' as 'surveys' })).toThrow(
      /totalCallsFrom must be 'surveys' or 'ACSCallSummary'/,
    );
    expect(() => surveySummaryKql({ startDate: '2026-01-01' } as SurveySummaryKqlOptions)).toThrow(/unknown option startDate/);
  });
});

/** What Log Analytics would compute for `surveySummaryKql` over `records` (same semantics, in JS). */
function fakeKqlTable(records: SurveyRecord[], grouped: boolean): LogsTable {
  const rows: (string | number)[][] = [];
  const groups = new Map<string, SurveyRecord[]>();
  for (const r of records) {
    const key = grouped ? (r._ResourceId ?? '').toLowerCase() : '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // count_distinctif(CallId, isnotempty(CallId))
  const addCall = (map: Map<string, Set<string>>, key: string, callId: string) => {
    if (!map.has(key)) map.set(key, new Set());
    if (callId) map.get(key)!.add(callId);
  };
  for (const [resource, rs] of groups) {
    const res = grouped ? [resource] : [];
    const hist = new Map<string, number>();
    const scaleCalls = new Map<string, Set<string>>();
    const tags = new Map<string, number>();
    const tagCalls = new Map<string, Set<string>>();
    for (const r of rs) {
      for (const c of SURVEY_CATEGORIES) {
        const cols = CATEGORY_COLUMNS[c];
        const score = r[cols.score];
        if (score !== null && score !== undefined) {
          const scale = [c, r[cols.lowerBound] ?? 1, r[cols.upperBound] ?? 5, r[cols.threshold] ?? 2];
          const k = JSON.stringify([...scale, score]);
          hist.set(k, (hist.get(k) ?? 0) + 1);
          addCall(scaleCalls, JSON.stringify(scale), r.CallId);
        }
        const issues = r[cols.issues];
        if (issues) {
          for (const t of new Set(issues.replace(/ /g, '').split(',').filter(Boolean))) {
            const k = JSON.stringify([c, t]);
            tags.set(k, (tags.get(k) ?? 0) + 1);
            addCall(tagCalls, k, r.CallId);
          }
        }
      }
    }
    for (const [k, n] of hist) {
      const [c, lo, up, th, s] = JSON.parse(k) as [string, number, number, number, number];
      rows.push(['score', ...res, c, lo, up, th, s, '', n, '']);
    }
    for (const [k, calls] of scaleCalls) {
      const [c, lo, up, th] = JSON.parse(k) as [string, number, number, number];
      const n = [...hist].filter(([h]) => h.startsWith(k.slice(0, -1) + ',')).reduce((sum, [, v]) => sum + v, 0);
      rows.push(['scale', ...res, c, lo, up, th, '', '', n, calls.size]);
    }
    for (const [k, n] of tags) {
      const [c, t] = JSON.parse(k) as [string, string];
      rows.push(['issue', ...res, c, '', '', '', '', t, n, tagCalls.get(k)!.size]);
    }
    rows.push(['surveys', ...res, '', '', '', '', '', '', rs.length, '']);
    rows.push(['calls', ...res, '', '', '', '', '', '', new Set(rs.map((r) => r.CallId)).size, '']);
  }
  const names = ['Kind', ...(grouped ? ['ResourceId'] : []), 'Category', 'LowerBound', 'UpperBound', 'Threshold', 'Score', 'Issue', 'Count', 'Calls'];
  return { name: 'PrimaryResult', columnDescriptors: names.map((name) => ({ name, type: 'string' })), rows };
}

function fakeClient(result: LogsQueryResult) {
  const calls: { workspaceId: string; query: string; timespan: QueryTimeInterval }[] = [];
  return {
    calls,
    queryWorkspace: async (workspaceId: string, query: string, timespan: QueryTimeInterval) => {
      calls.push({ workspaceId, query, timespan });
      return result;
    },
  };
}

describe('querySurveySummary', () => {
  const golden = parseSurveyExport(GOLDEN_CSV, 'csv').records;
  const sample = [
    ...generateSampleSurveys(400, 3, { resourceId: '/SUBSCRIPTIONS/A/acs-a' }),
    ...generateSampleSurveys(300, 4, { resourceId: '/subscriptions/a/acs-b', lowScoreRate: 0.3 }),
  ];

  it('maps a Success response to the same summary as summarizeSurveys over the same rows', async () => {
    for (const records of [golden, sample]) {
      const client = fakeClient({ status: 'Success' as LogsQueryResult['status'], tables: [fakeKqlTable(records, false)] } as LogsQueryResult);
      const summary = await querySurveySummary(client, 'ws-1', { start: '2026-01-01T00:00:00Z', end: '2026-03-01T00:00:00Z' });
      expect(summary).toEqual(summarizeSurveys(records));
      expect(client.calls[0]!.workspaceId).toBe('ws-1');
      expect(client.calls[0]!.query).toBe(surveySummaryKql({ start: '2026-01-01T00:00:00Z', end: '2026-03-01T00:00:00Z', groupByResource: false }));
      expect(client.calls[0]!.timespan).toEqual({ startTime: new Date('2026-01-01T00:00:00Z'), endTime: new Date('2026-03-01T00:00:00Z') });
    }
  });

  it('groupByResource gives one summary per resource', async () => {
    const client = fakeClient({ status: 'Success', tables: [fakeKqlTable(sample, true)] } as unknown as LogsQueryResult);
    const byResource = await querySurveySummariesByResource(client, 'ws-1');
    expect(byResource.map((r) => r.resourceId)).toEqual(['/subscriptions/a/acs-a', '/subscriptions/a/acs-b']);
    expect(byResource[0]!.summary).toEqual(summarizeSurveys(sample.slice(0, 400)));
    expect(byResource[1]!.summary).toEqual(summarizeSurveys(sample.slice(400)));
    expect(client.calls[0]!.query).toContain('by ResourceId');
    expect(client.calls[0]!.timespan).toEqual({ duration: 'P3650D' });
    // The same through querySurveySummary's groupByResource option.
    expect(await querySurveySummary(client, 'ws-1', { groupByResource: true })).toEqual(byResource);
  });

  it('a PartialFailure throws SurveyQueryError carrying the partial summary, or is accepted with allowPartial', async () => {
    const partial = {
      status: 'PartialFailure',
      partialTables: [fakeKqlTable(golden, false)],
      partialError: { code: 'PartialError', message: 'query exceeded the result size limit' },
    } as unknown as LogsQueryResult;
    const error = await querySurveySummary(fakeClient(partial), 'ws').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SurveyQueryError);
    expect((error as SurveyQueryError).message).toMatch(/partial result \(PartialError: query exceeded the result size limit\)/);
    expect((error as SurveyQueryError).partialSummaries[0]!.summary).toEqual(summarizeSurveys(golden));
    await expect(querySurveySummary(fakeClient(partial), 'ws', { allowPartial: true })).resolves.toEqual(summarizeSurveys(golden));
  });

  it('totalCalls overrides the query; an empty workspace gives an empty summary; bad input is rejected', async () => {
    const client = fakeClient({ status: 'Success', tables: [fakeKqlTable(golden, false)] } as unknown as LogsQueryResult);
    expect((await querySurveySummary(client, 'ws', { totalCalls: 1600 })).categories[0]!.percentOfCalls).toBe(0.13);
    const empty = fakeClient({ status: 'Success', tables: [fakeKqlTable([], false)] } as unknown as LogsQueryResult);
    expect(await querySurveySummary(empty, 'ws')).toEqual({ totalCalls: 0, surveys: 0, categories: [], issues: [] });
    await expect(querySurveySummary(client, '')).rejects.toThrow(/workspaceId must be a non-empty string/);
    await expect(querySurveySummary(client, 'ws', { start: 'soon' })).rejects.toThrow(/start must be a valid Date/);
    expect(() => summaryFromKqlTable({ columns: ['Kind'], rows: [] })).toThrow(/missing column\(s\) Category/);
    expect(() =>
      summaryFromKqlTable({ columns: ['Kind', 'Category', 'LowerBound', 'UpperBound', 'Threshold', 'Score', 'Issue', 'Count'], rows: [] }),
    ).toThrow(/missing column\(s\) Calls \(a query from an older version of the kit/);
  });
});
