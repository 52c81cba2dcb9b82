import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { generateSampleSurveys, summarizeSurveys } from '../../src/analytics/index.js';
import type { SurveySummary } from '../../src/analytics/index.js';
import { getSurveySummaryStrings, SurveySummaryDashboard } from '../../src/charts/index.js';
import type { SurveySummaryStrings } from '../../src/charts/index.js';
import { SCREENSHOT, settle } from './support.js';

/** 2,000 generated surveys (seeded: the same numbers on every run); the six most frequent tags, so the table fits a picture. */
const sample = summarizeSurveys(generateSampleSurveys(2000, 2026));
const summary: SurveySummary = { ...sample, issues: sample.issues.slice(0, 6) };

type Part = 'scores' | 'donut' | 'tags';
const LOOKS: Record<string, { theme: Theme; dir: 'ltr' | 'rtl'; strings?: SurveySummaryStrings; parts: Part[] }> = {
  light: { theme: webLightTheme, dir: 'ltr', parts: ['scores', 'donut', 'tags'] },
  dark: { theme: webDarkTheme, dir: 'ltr', parts: ['scores', 'donut'] },
  'high-contrast': { theme: teamsHighContrastTheme, dir: 'ltr', parts: ['scores', 'donut'] },
  rtl: { theme: webLightTheme, dir: 'rtl', strings: getSurveySummaryStrings('he-IL'), parts: ['scores', 'donut', 'tags'] },
};

beforeAll(async () => {
  // At most 720 px high: a taller viewport is scaled down to fit the browser window, and the pictures with it.
  await page.viewport(640, 720);
});
afterAll(async () => {
  await page.viewport(414, 896);
});

describe.each(Object.keys(LOOKS))('the dashboard looks right (%s)', (look) => {
  it('the first score chart, the issue donut and the tag table', async () => {
    const { theme, dir, strings, parts } = LOOKS[look]!;
    const { container } = render(
      <FluentProvider theme={theme} dir={dir}>
        <SurveySummaryDashboard summary={summary} strings={strings} />
      </FluentProvider>,
    );
    // Every chart drawn: the bars of each score chart, the donut's arcs.
    await vi.waitFor(() => {
      expect(container.querySelectorAll('[role=figure] path').length).toBeGreaterThan(0);
      expect(container.querySelectorAll('svg[role=region] rect').length).toBeGreaterThan(0);
    });
    await settle(container);
    const part: Record<Part, () => Element> = {
      scores: () => container.querySelector('svg[role=region]')!.closest('div[class]')!.parentElement!,
      donut: () => screen.getByRole('figure'),
      tags: () => screen.getAllByRole('table').at(-1)!,
    };
    for (const name of parts) {
      // A test id set here, not in the component: the generated locator of a chart (its label) is not unique.
      const el = part[name]();
      el.setAttribute('data-testid', `shot-${name}`);
      await expect.element(page.getByTestId(`shot-${name}`)).toMatchScreenshot(`dashboard-${look}-${name}`, SCREENSHOT);
    }
  });
});
