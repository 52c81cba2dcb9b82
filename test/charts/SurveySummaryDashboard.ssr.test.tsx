// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseSurveyExport, summarizeSurveys } from '../../src/analytics/index.js';
import { getSurveySummaryStrings, SurveySummaryDashboard } from '../../src/charts/index.js';
import { GOLDEN_CSV } from '../analytics/golden.js';

const golden = summarizeSurveys(parseSurveyExport(GOLDEN_CSV, 'csv').records);

describe('SurveySummaryDashboard on the server (plain Node, no DOM)', () => {
  it('has no document here', () => {
    expect(typeof document).toBe('undefined');
  });

  it('renders to a string with every table; the charts wait for the browser', () => {
    const html = renderToString(<SurveySummaryDashboard summary={golden} />);
    expect(html).toContain('End of Call Survey Summary');
    expect(html).toContain('The call itself (1–5) statistics');
    expect(html).toContain('Issue tags by frequency');
    expect(html).toContain('I heard an echo');
    // One table per statistics / distribution block, plus the tag table.
    expect(html.match(/<table/g)).toHaveLength(2 * golden.categories.length + 1);
    expect(html).not.toContain('<svg');
  });

  it('renders inside a FluentProvider and in another locale', () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <SurveySummaryDashboard summary={golden} strings={getSurveySummaryStrings('fr-FR')} />
      </FluentProvider>,
    );
    expect(html).toContain('lang="fr-FR"');
    expect(html).toContain('Synthèse de l’enquête de fin d’appel');
  });
});
