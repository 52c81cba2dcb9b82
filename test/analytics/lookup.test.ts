import { describe, expect, it } from 'vitest';
import type { LogsQueryResult } from '@azure/monitor-query-logs';
import {
  diagnoseSurvey,
  lookupSurvey,
  participantSurveysKql,
  surveyLookupKql,
  SurveyLookupError,
} from '../../src/analytics/index.js';
import type { SurveyDoctorInput, SurveyLookupCriteria } from '../../src/analytics/index.js';
import { SurveyInputError } from '../../src/core/errors.js';
import { diagnostics } from './kusto.js';

const tricky = 'a"b\\c\n\t';

describe('surveyLookupKql and participantSurveysKql', () => {
  const combos: SurveyLookupCriteria[] = [];
  for (const id of [{ surveyId: 'f3a1c2d4-0000-4000-8000-000000000001' }, { callId: tricky }])
    for (const callSummary of [undefined, false, true])
      for (const start of [undefined, '2026-01-01T00:00:00Z', new Date('2026-01-02T00:00:00Z')]) {
        const c = { ...id } as SurveyLookupCriteria;
        if (callSummary !== undefined) c.callSummary = callSummary;
        if (start !== undefined) c.start = start;
        combos.push(c);
      }

  it(`parse with zero diagnostics for all ${combos.length} option combinations, and the participant query too`, () => {
    for (const criteria of combos) {
      expect({ criteria, problems: diagnostics(surveyLookupKql(criteria)) }).toEqual({ criteria, problems: [] });
    }
    for (const options of [{ participantId: tricky }, { participantId: 'p', limit: 5, start: '2026-01-01' }]) {
      expect({ options, problems: diagnostics(participantSurveysKql(options)) }).toEqual({ options, problems: [] });
    }
  });

  it('filters by the id, newest first; the call-summary join reports minutes after the call end', () => {
    expect(surveyLookupKql({ surveyId: 's-1' })).toMatch(/^ACSCallSurvey\n\| where SurveyId == "s-1"\n\| project TimeGenerated, CallId, SurveyId,/);
    expect(surveyLookupKql({ callId: 'c"1' })).toContain('| where CallId == "c\\"1"');
    expect(surveyLookupKql({ surveyId: 's' })).toMatch(/\| order by TimeGenerated desc$/);
    expect(surveyLookupKql({ surveyId: 's' })).not.toContain('ACSCallSummary');
    expect(surveyLookupKql({ surveyId: 's', callSummary: true })).toContain("MinutesAfterCallEnd = datetime_diff('minute', TimeGenerated, CallEnd)");
    expect(participantSurveysKql({ participantId: 'p', limit: 5 })).toMatch(/\| where ParticipantId == "p"[\s\S]*\| top 5 by TimeGenerated desc$/);
  });

  it('rejects bad criteria naming the field', () => {
    const bad = (f: () => unknown, path: string, message: RegExp) => {
      let error: unknown;
      try {
        f();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SurveyLookupError);
      expect(error).toBeInstanceOf(SurveyInputError);
      expect((error as SurveyLookupError).path).toBe(path);
      expect((error as Error).message).toMatch(message);
    };
    bad(() => surveyLookupKql({} as SurveyLookupCriteria), 'criteria', /exactly one of surveyId .* or callId/);
    bad(() => surveyLookupKql({ surveyId: 'a', callId: 'b' } as unknown as SurveyLookupCriteria), 'criteria', /exactly one/);
    bad(() => surveyLookupKql({ surveyId: ' ' }), 'surveyId', /surveyId must be a non-empty string/);
    bad(() => surveyLookupKql({ surveyId: 's', start: 'soon' }), 'start', /start must be a valid Date/);
    bad(() => surveyLookupKql({ surveyId: 's', survey: 1 } as unknown as SurveyLookupCriteria), 'survey', /unknown option survey; allowed: surveyId, callId/);
    bad(() => participantSurveysKql({ participantId: 'p', limit: 0 }), 'limit', /limit must be an integer from 1 to 10000/);
  });
});

describe('lookupSurvey', () => {
  it('runs the query through the given client and returns rows by column name', async () => {
    const calls: string[] = [];
    const client = {
      queryWorkspace: async (_ws: string, query: string) => {
        calls.push(query);
        return {
          status: 'Success',
          tables: [{ name: 'PrimaryResult', columnDescriptors: [{ name: 'SurveyId' }, { name: '_ResourceId' }], rows: [['s-1', '/subscriptions/x/acs']] }],
        } as unknown as LogsQueryResult;
      },
    };
    const result = await lookupSurvey(client, 'ws', { surveyId: 's-1' });
    expect(calls).toEqual([surveyLookupKql({ surveyId: 's-1' })]);
    expect(result.rows).toEqual([{ SurveyId: 's-1', _ResourceId: '/subscriptions/x/acs' }]);
    await expect(lookupSurvey(client, '', { surveyId: 's' })).rejects.toThrow(/workspaceId must be a non-empty string/);
  });
});

describe('diagnoseSurvey (the doctor), one failure cause at a time', () => {
  const sentAt = '2026-03-01T10:00:00Z';
  const base: SurveyDoctorInput = {
    surveyId: 's-1',
    sentAt,
    now: '2026-03-01T15:00:00Z',
    sdkVersion: '1.40.1',
    diagnosticSettingCreatedAt: '2026-02-01T00:00:00Z',
    expectedResourceId: '/subscriptions/x/acs',
    workspaceRows: [{ SurveyId: 's-1', _ResourceId: '/SUBSCRIPTIONS/X/ACS' }],
  };
  const check = (input: SurveyDoctorInput, id: string) => diagnoseSurvey(input).checks.find((c) => c.id === id)!;

  it('everything right: found', () => {
    const report = diagnoseSurvey(base);
    expect(report.verdict).toBe('found');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['ids', 'pass'],
      ['submit', 'skip'],
      ['sdk-version', 'pass'],
      ['diagnostic-setting', 'pass'],
      ['latency', 'pass'],
      ['workspace', 'pass'],
      ['resource', 'pass'],
    ]);
  });

  it('SDK older than the first with CallSurvey', () => {
    expect(check({ ...base, sdkVersion: '1.9.1-beta.1' }, 'sdk-version')).toMatchObject({ status: 'fail', message: expect.stringMatching(/1\.13\.1 or later/) });
    expect(check({ ...base, sdkVersion: '1.13.1' }, 'sdk-version').status).toBe('pass');
    expect(check({ ...base, sdkVersion: '1.13.1-beta.1' }, 'sdk-version').status).toBe('fail');
  });

  it('diagnostic setting created after the survey was sent', () => {
    const report = diagnoseSurvey({ ...base, diagnosticSettingCreatedAt: '2026-03-01T12:00:00Z', workspaceRows: [] });
    expect(report.verdict).toBe('problem');
    expect(report.checks.find((c) => c.id === 'diagnostic-setting')).toMatchObject({ status: 'fail', message: expect.stringMatching(/created 2\.0 h after the survey was sent/) });
  });

  it('within the 2-hour latency and not found yet: pending', () => {
    const report = diagnoseSurvey({ ...base, now: '2026-03-01T11:00:00Z', workspaceRows: [] });
    expect(report.verdict).toBe('pending');
    expect(report.checks.find((c) => c.id === 'latency')).toMatchObject({ status: 'warn', message: expect.stringMatching(/look again after 2026-03-01T12:00:00\.000Z/) });
  });

  it('past the latency and not in the workspace: problem', () => {
    const report = diagnoseSurvey({ ...base, workspaceRows: [] });
    expect(report.verdict).toBe('problem');
    expect(report.checks.find((c) => c.id === 'workspace')!.status).toBe('fail');
  });

  it('the wrong resource', () => {
    expect(check({ ...base, workspaceRows: [{ _ResourceId: '/subscriptions/x/other-acs' }] }, 'resource')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/another ACS resource \(\/subscriptions\/x\/other-acs\)/),
    });
  });

  it('400/45100: an invalid payload, naming the rule', () => {
    const c = check(
      { ...base, workspaceRows: [], submitError: { code: 400, subCode: 45100 }, survey: { overallRating: { score: 7 } } },
      'submit',
    );
    expect(c.status).toBe('fail');
    expect(c.message).toMatch(/invalid \(400\/45100\), so nothing was sent: .*overallRating/);
    expect(check({ ...base, submitError: { code: 400, subCode: 45100 } }, 'submit').message).toMatch(/pass the survey to see which rule/);
  });

  it('408/45101: not sent', () => {
    expect(check({ ...base, workspaceRows: [], submitError: { code: 408, subCode: 45101 } }, 'submit')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/not sent \(408\/45101/),
    });
  });

  it('bad input names the field', () => {
    expect(() => diagnoseSurvey({})).toThrow(/give the surveyId/);
    expect(() => diagnoseSurvey({ surveyId: 's', sentAt: 'yesterday' })).toThrow(/sentAt must be epoch milliseconds/);
    expect(() => diagnoseSurvey({ surveyId: 's', sdkVersion: 'latest' })).toThrow(/sdkVersion must be a version such as 1\.40\.1/);
  });
});
