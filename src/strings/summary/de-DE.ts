/**
 * German strings of the analytics dashboard. The category names and issue labels are the dialog's de-DE strings.
 */
import type { SurveySummaryStrings } from '../SurveySummaryStrings.js';
import { defineSurveySummaryStrings } from '../SurveySummaryStrings.js';
import { SURVEY_STRINGS_DE_DE } from '../locales/de-DE.js';

/** German (de-DE) dashboard strings: a complete, deeply frozen {@link SurveySummaryStrings}. */
export const SURVEY_SUMMARY_STRINGS_DE_DE: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  {
    locale: 'de-DE',
    title: 'Zusammenfassung der Anrufumfrage',
    totals: '{calls} Anrufe · {surveys} Umfragen',
    empty: 'Keine Umfrageantworten in diesem Zeitraum.',
    categoryHeading: '{category} ({lower}–{upper}, niedrig bei höchstens {threshold})',
    distributionChartTitle: '{title}: {category} ({lower}–{upper}), Anteil der Antwortenden je Bewertung',
    percentOfRespondents: 'Anteil der Antwortenden (%)',
    numberOfResponses: 'Anzahl der Antworten',
    score: 'Bewertung',
    statisticsCaption: '{category} ({lower}–{upper}): Kennzahlen',
    distributionCaption: '{category} ({lower}–{upper}): Antworten je Bewertung',
    statistic: 'Kennzahl',
    value: 'Wert',
    responses: 'Antworten (Umfragen)',
    callsWithResponse: 'Anrufe mit Antwort',
    percentOfCalls: 'Anteil der Anrufe (%)',
    mean: 'Durchschnittliche Bewertung',
    median: 'Median der Bewertung',
    standardDeviation: 'Standardabweichung',
    lowScoreCutoff: 'Grenze für niedrige Bewertungen',
    lowScoreResponses: 'Niedrige Bewertungen (Umfragen)',
    lowScorePercent: 'Anteil niedriger Bewertungen (%)',
    issuesHeading: 'Gemeldete Probleme',
    issuesChartTitle: '{title}: Anteil der gemeldeten Probleme',
    issuesCaption: 'Probleme nach Häufigkeit',
    noIssues: 'Es wurden keine Probleme gemeldet.',
    category: 'Kategorie',
    issue: 'Problem',
    sdkTag: 'SDK-Tag',
    count: 'Umfragen',
    calls: 'Anrufe',
    issueLegend: '{category}: {issue}',
    comparisonCaption: '{b} im Vergleich zu {a}',
    comparisonScale: 'Frage',
    comparisonMeans: 'Durchschnitt ({a} / {b})',
    comparisonMeanDifference: 'Differenz des Durchschnitts (95-%-Intervall)',
    comparisonLowShares: 'Anteil niedriger Bewertungen ({a} / {b})',
    comparisonShareDifference: 'Differenz des Anteils, Prozentpunkte (95-%-Intervall)',
    comparisonVerdict: 'Ergebnis',
    verdictShareLower: 'Der Anteil niedriger Bewertungen von {b} ist {points} Punkte niedriger ({p})',
    verdictShareHigher: 'Der Anteil niedriger Bewertungen von {b} ist {points} Punkte höher ({p})',
    verdictScoresHigher: 'Die Bewertungen von {b} sind höher ({p})',
    verdictScoresLower: 'Die Bewertungen von {b} sind niedriger ({p})',
    verdictNone: 'Kein signifikanter Unterschied',
    comparisonQuestion: '{category} ({lower}–{upper})',
    interval: '{low} bis {high}',
  },
  SURVEY_STRINGS_DE_DE,
);
