/** The Kusto language service over the ACS tables: `diagnostics(query)` lists every parse or semantic problem. */
import { createRequire } from 'node:module';
import { CATEGORY_COLUMNS } from '../../src/analytics/index.js';
import { SURVEY_CATEGORIES } from '../../src/core/types.js';

// The Kusto language service is a Bridge.NET bundle: bridge.js defines the runtime globals, then the library.
const require = createRequire(import.meta.url);
require('@kusto/language-service-next/bridge.js');
require('@kusto/language-service-next/Kusto.Language.Bridge.js');
interface Diagnostic {
  Message: string;
  Start: number;
  Severity: string;
}
interface KustoGlobal {
  Language: {
    Symbols: {
      TableSymbol: { From(schema: string): { WithName(name: string): unknown } };
      DatabaseSymbol: { ctor: new (name: string, members: unknown[]) => unknown };
    };
    GlobalState: { Default: { WithDatabase(db: unknown): unknown } };
    KustoCode: {
      ParseAndAnalyze(text: string, globals: unknown): { GetDiagnostics(): { Count: number; getItem(i: number): Diagnostic } };
    };
  };
}
const K = (globalThis as unknown as { Kusto: KustoGlobal }).Kusto.Language;

const standard = '_ResourceId:string, _SubscriptionId:string, TenantId:string, Type:string';
const surveyColumns = [
  'TimeGenerated:datetime',
  'CallId:string',
  'CorrelationId:string',
  'ParticipantId:string',
  'SurveyId:string',
  'OperationName:string',
  'OperationVersion:string',
  ...SURVEY_CATEGORIES.flatMap((c) => {
    const cols = CATEGORY_COLUMNS[c];
    return [`${cols.score}:int`, `${cols.lowerBound}:int`, `${cols.upperBound}:int`, `${cols.threshold}:int`, `${cols.issues}:string`];
  }),
];
const database = new K.Symbols.DatabaseSymbol.ctor('workspace', [
  K.Symbols.TableSymbol.From(`(${surveyColumns.join(', ')}, ${standard})`).WithName('ACSCallSurvey'),
  K.Symbols.TableSymbol.From(
    `(TimeGenerated:datetime, CorrelationId:string, CallType:string, CallStartTime:datetime, CallDuration:long, ParticipantId:string, EndpointType:string, ${standard})`,
  ).WithName('ACSCallSummary'),
]);
const globals = K.GlobalState.Default.WithDatabase(database);

export function diagnostics(query: string): string[] {
  const list = K.KustoCode.ParseAndAnalyze(query, globals).GetDiagnostics();
  const out: string[] = [];
  for (let i = 0; i < list.Count; i++) {
    const d = list.getItem(i);
    out.push(`${d.Severity} at ${d.Start}: ${d.Message} near «${query.slice(Math.max(0, d.Start - 20), d.Start + 20)}»`);
  }
  return out;
}

