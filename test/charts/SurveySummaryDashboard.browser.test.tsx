import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import {
  compareSurveySummaries,
  generateSampleSurveys,
  parseSurveyExport,
  summarizeSurveys,
} from '../../src/analytics/index.js';
import { SurveyComparisonTable, SurveySummaryDashboard } from '../../src/charts/index.js';
import { GOLDEN_CSV } from '../analytics/golden.js';
import { AXE_RULES } from '../support/a11y.js';

// Tabster's focus redirectors are the one exception (see test/support/a11y.ts).
axe.configure({ rules: [...AXE_RULES] });

async function axeViolations(container: Element) {
  // Let the charts finish (Tabster adds its elements asynchronously), so axe sees the final DOM.
  await vi.waitFor(() => expect(container.querySelector('[data-tabster-dummy]')).not.toBeNull());
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const golden = summarizeSurveys(parseSurveyExport(GOLDEN_CSV, 'csv').records);

function renderIn(ui: React.ReactElement, theme: Theme = webLightTheme) {
  return render(<FluentProvider theme={theme}>{ui}</FluentProvider>);
}

describe('SurveySummaryDashboard', () => {
  it('shows the statistics in accessible tables (values visible by role)', () => {
    renderIn(<SurveySummaryDashboard summary={golden} />);
    expect(screen.getByRole('heading', { level: 2, name: 'End of Call Survey Summary' })).toBeVisible();
    expect(screen.getByText('9 calls · 12 surveys')).toBeVisible();
    const stats = screen.getByRole('table', { name: 'Overall call (1–5) statistics' });
    const row = (name: string) => within(stats).getByRole('row', { name: new RegExp(`^${name} `) });
    expect(within(row('Responses')).getByRole('cell')).toHaveTextContent('9');
    expect(within(row('Average score')).getByRole('cell')).toHaveTextContent('3.44');
    expect(within(row('Median score')).getByRole('cell')).toHaveTextContent('4.00');
    expect(within(row('Standard deviation')).getByRole('cell')).toHaveTextContent('1.51');
    expect(within(row('Low-score share \\(%\\)')).getByRole('cell')).toHaveTextContent('33.33');
    // The custom scale is its own section, never averaged in.
    expect(screen.getByRole('heading', { name: 'Overall call (0–10, low at or below 6)' })).toBeVisible();
    const dist = screen.getByRole('table', { name: 'Overall call (1–5) responses by score' });
    expect(within(dist).getByRole('row', { name: '5 3 33.33' })).toBeVisible();
    const issues = screen.getByRole('table', { name: 'Issue tags by frequency' });
    const issueRows = within(issues).getAllByRole('row').slice(1);
    expect(issueRows[0]).toHaveTextContent(/Audio\s*Echo\s*2\s*22\.222/);
    expect(issueRows).toHaveLength(7);
    // The charts are there, next to the tables.
    expect(document.querySelectorAll('svg').length).toBeGreaterThan(0);
  });

  it('is axe-clean in light and dark themes', async () => {
    const light = renderIn(<SurveySummaryDashboard summary={golden} />);
    expect(await axeViolations(light.container)).toEqual([]);
    light.unmount();
    const dark = renderIn(<SurveySummaryDashboard summary={summarizeSurveys(generateSampleSurveys(500, 3))} />, webDarkTheme);
    expect(await axeViolations(dark.container)).toEqual([]);
    dark.unmount();
    // Two dashboards on one page: the charts' region landmarks stay unique (their names include the title).
    const two = renderIn(
      <main>
        <SurveySummaryDashboard summary={golden} strings={{ title: 'Release 1' }} />
        <SurveySummaryDashboard summary={golden} strings={{ title: 'Release 2' }} />
      </main>,
    );
    expect(await axeViolations(two.container)).toEqual([]);
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label') ?? r.textContent);
    expect(regions.filter((n) => n?.startsWith('Release 2: Overall call (1–5)'))).toHaveLength(1);
  });

  it('shows an empty state and takes string overrides', async () => {
    const { container } = renderIn(
      <SurveySummaryDashboard
        summary={{ totalCalls: 0, surveys: 0, categories: [], issues: [] }}
        strings={{ title: 'Umfrage', empty: 'Keine Antworten.' }}
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Umfrage' })).toBeVisible();
    expect(screen.getByText('Keine Antworten.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect((await axe.run(container, { resultTypes: ['violations'] })).violations).toEqual([]);
  });
});

describe('SurveySummaryDashboard strings', () => {
  it('maps SDK tags and category names to the app\'s labels', () => {
    renderIn(
      <SurveySummaryDashboard
        summary={golden}
        strings={{ issueLabels: { audioRating: { Echo: 'I heard an echo' } }, categoryNames: { audioRating: 'Sound' } }}
      />,
    );
    const issues = screen.getByRole('table', { name: 'Issue tags by frequency' });
    expect(within(issues).getByRole('rowheader', { name: 'I heard an echo' })).toBeVisible();
    expect(within(issues).queryByRole('rowheader', { name: 'Echo' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Sound (0–1) statistics' })).toBeVisible();
    // Untouched tags keep the SDK name (what Azure Monitor stores).
    expect(within(issues).getByRole('rowheader', { name: 'Freezes' })).toBeVisible();
  });
});

describe('SurveyComparisonTable', () => {
  it('shows both releases and the verdict', async () => {
    const a = summarizeSurveys(generateSampleSurveys(3000, 1, { lowScoreRate: 0.2 }));
    const b = summarizeSurveys(generateSampleSurveys(3000, 2, { lowScoreRate: 0.1 }));
    const { container } = renderIn(
      <SurveyComparisonTable comparison={compareSurveySummaries(a, b, { labelA: 'East', labelB: 'West' })} />,
    );
    const table = screen.getByRole('table', { name: 'West compared with East' });
    const overall = within(table).getByRole('row', { name: /^Overall call \(1–5\)/ });
    expect(overall).toHaveTextContent(/West's low-score share is \d+\.\d points lower \(p < 0\.001\)/);
    expect((await axe.run(container, { resultTypes: ['violations'] })).violations).toEqual([]);
  });
});
