import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import {
  compareSurveySummaries,
  generateSampleSurveys,
  parseSurveyExport,
  summarizeSurveys,
} from '../../src/analytics/index.js';
import type { SurveySummary } from '../../src/analytics/index.js';
import {
  getSurveySummaryStrings,
  SurveyComparisonTable,
  SurveySummaryDashboard,
} from '../../src/charts/index.js';
import { DEFAULT_SURVEY_STRINGS, SURVEY_STRINGS_DE_DE } from '../../src/strings/index.js';
import { GOLDEN_CSV } from '../analytics/golden.js';
import { AXE_RULES } from '../support/a11y.js';
import { textRect } from '../support/textRect.js';

// Tabster's focus redirectors are the one exception (see test/support/a11y.ts).
axe.configure({ rules: [...AXE_RULES] });

/** Waits until every chart has drawn (Tabster adds its elements asynchronously; the donut draws its arcs). */
async function chartsDrawn(container: Element) {
  await vi.waitFor(() => {
    expect(container.querySelector('[data-tabster-dummy]')).not.toBeNull();
    expect(container.querySelectorAll('[role=figure] path').length).toBeGreaterThan(0);
  });
}

async function axeViolations(container: Element) {
  await chartsDrawn(container);
  const result = await axe.run(container, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const golden = summarizeSurveys(parseSurveyExport(GOLDEN_CSV, 'csv').records);

function renderIn(ui: React.ReactElement, theme: Theme = webLightTheme, dir: 'ltr' | 'rtl' = 'ltr') {
  return render(
    <FluentProvider theme={theme} dir={dir}>
      {ui}
    </FluentProvider>,
  );
}

/** `rgb(r, g, b)` → relative luminance (WCAG). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The donut's arcs: the filled paths inside the issue chart's figure. */
function donutArcs(container: Element): SVGPathElement[] {
  const figure = container.querySelector('[role=figure]');
  return [...(figure?.querySelectorAll<SVGPathElement>('path.fui-donut-arc__root') ?? [])];
}

/** Screen rectangle of the first occurrence of `text` inside `el` (works on any markup: a Range over text nodes). */
/** The paragraph whose whole text is `text` (its numbers sit in their own `<bdi>` elements). */
function paragraph(text: string): HTMLElement {
  return screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === text);
}

describe('SurveySummaryDashboard', () => {
  it('shows the statistics in accessible tables (values visible by role), in the dialog\'s vocabulary', () => {
    renderIn(<SurveySummaryDashboard summary={golden} />);
    expect(screen.getByRole('heading', { level: 2, name: 'End of Call Survey Summary' })).toBeVisible();
    expect(paragraph('9 calls · 12 surveys')).toBeVisible();
    // One vocabulary: the dialog calls the overall category "The call itself"; so does the dashboard.
    const overall = DEFAULT_SURVEY_STRINGS.categoryNames.overallRating;
    expect(overall).toBe('The call itself');
    const stats = screen.getByRole('table', { name: `${overall} (1–5) statistics` });
    const row = (name: string) => within(stats).getByRole('row', { name: new RegExp(`^${name} `) });
    expect(within(row('Responses \\(surveys\\)')).getByRole('cell')).toHaveTextContent('9');
    expect(within(row('Average score')).getByRole('cell')).toHaveTextContent('3.44');
    expect(within(row('Median score')).getByRole('cell')).toHaveTextContent('4.00');
    expect(within(row('Standard deviation')).getByRole('cell')).toHaveTextContent('1.51');
    expect(within(row('Low-score share \\(%\\)')).getByRole('cell')).toHaveTextContent('33.33');
    expect(screen.queryByText(/Overall call/)).toBeNull();
    // The custom scale is its own section, never averaged in.
    expect(screen.getByRole('heading', { name: `${overall} (0–10, low at or below 6)` })).toBeVisible();
    const dist = screen.getByRole('table', { name: `${overall} (1–5) responses by score` });
    expect(within(dist).getByRole('row', { name: '5 3 33.33' })).toBeVisible();
    expect(screen.getAllByRole('table', { name: 'Issue tags by frequency' })).toHaveLength(1);
    // The charts are there, next to the tables.
    expect(document.querySelectorAll('svg').length).toBeGreaterThan(0);
  });

  it('shows the labels people ticked in the dialog, with the SDK tag as a secondary column', async () => {
    const { container } = renderIn(<SurveySummaryDashboard summary={golden} />);
    const issues = screen.getByRole('table', { name: 'Issue tags by frequency' });
    expect(within(issues).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Category',
      'Issue',
      'SDK tag',
      'Surveys',
      'Calls',
      'Percent of calls',
    ]);
    const echo = within(issues).getByRole('row', { name: new RegExp(`^Audio ${DEFAULT_SURVEY_STRINGS.issues.audioRating.Echo} Echo 2 `) });
    expect(echo).toHaveTextContent(/22\.222$/);
    expect(within(issues).getByRole('rowheader', { name: "The call ended unexpectedly" })).toBeVisible();
    expect(within(issues).queryByRole('rowheader', { name: 'CallEndedUnexpectedly' })).toBeNull();
    expect(within(issues).getAllByRole('row').slice(1)).toHaveLength(7);
    // The donut's legend reads the same labels.
    await chartsDrawn(container);
    const figure = screen.getByRole('figure', { name: 'End of Call Survey Summary: share of reported issues' });
    expect(within(figure).getByText(`Audio: ${DEFAULT_SURVEY_STRINGS.issues.audioRating.Echo}`)).toBeVisible();
    expect(within(figure).queryByText(/Echo$/)).toBeNull();
  });

  it('shows calls beside surveys: calls with a response and calls per tag, each labelled', () => {
    renderIn(<SurveySummaryDashboard summary={golden} />);
    const stats = screen.getByRole('table', { name: 'The call itself (1–5) statistics' });
    expect(within(stats).getByRole('row', { name: /^Responses \(surveys\) 9$/ })).toBeVisible();
    expect(within(stats).getByRole('row', { name: /^Calls with a response 7$/ })).toBeVisible();
    // Percent of calls is from calls (7 of 9), not surveys (9 of 9 would be 100).
    expect(within(stats).getByRole('row', { name: /^Percent of calls 77\.78$/ })).toBeVisible();
    const issues = screen.getByRole('table', { name: 'Issue tags by frequency' });
    const echo = within(issues).getByRole('row', { name: /I heard an echo/ });
    const cells = within(echo).getAllByRole('cell').map((c) => c.textContent);
    // Category, SDK tag, Surveys, Calls, Percent of calls.
    expect(cells).toEqual(['Audio', 'Echo', '2', '2', '22.222']);
  });

  it('speaks the locale the dialog picks for the same tag (de-AT → de-DE), with the dialog\'s German labels', async () => {
    const { container } = renderIn(<SurveySummaryDashboard summary={golden} strings={getSurveySummaryStrings('de-AT')} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Zusammenfassung der Anrufumfrage' })).toBeVisible();
    expect(paragraph('9 Anrufe · 12 Umfragen')).toBeVisible();
    expect(container.querySelector('section')).toHaveAttribute('lang', 'de-DE');
    const issues = screen.getByRole('table', { name: 'Probleme nach Häufigkeit' });
    expect(within(issues).getByRole('rowheader', { name: SURVEY_STRINGS_DE_DE.issues.audioRating.Echo })).toBeVisible();
    const overall = SURVEY_STRINGS_DE_DE.categoryNames.overallRating;
    expect(screen.getByRole('table', { name: `${overall} (1–5): Kennzahlen` })).toBeVisible();
    expect(within(screen.getByRole('table', { name: `${overall} (1–5): Kennzahlen` })).getByRole('row', { name: /^Durchschnittliche Bewertung 3,44$/ })).toBeVisible();
    await chartsDrawn(container);
    // (in the legend, possibly behind its overflow button)
    expect(within(screen.getByRole('figure')).getAllByText(`Audio: ${SURVEY_STRINGS_DE_DE.issues.audioRating.Echo}`).length).toBeGreaterThan(0);
  });

  it('is axe-clean in light and dark themes, and with two dashboards on a page (no duplicate ids)', async () => {
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
    expect(regions.filter((n) => n?.startsWith('Release 2: The call itself (1–5)'))).toHaveLength(1);
  });

  it('gives every element id in the document a unique value (two dashboards, all their charts)', async () => {
    const { container } = renderIn(
      <main>
        <SurveySummaryDashboard summary={golden} strings={{ title: 'Release 1' }} />
        <SurveySummaryDashboard summary={golden} strings={{ title: 'Release 2' }} />
      </main>,
    );
    await chartsDrawn(container);
    expect(container.querySelectorAll('svg[role=region]').length).toBe(2 * golden.categories.length);
    expect(container.querySelectorAll('[role=figure]').length).toBe(2);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    expect(repeated).toEqual([]);
  });

  for (const [name, theme] of [
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ] as const) {
    it(`draws the donut in distinct, non-black colours with filled legend swatches (${name})`, async () => {
      const { container } = renderIn(<SurveySummaryDashboard summary={golden} />, theme);
      await chartsDrawn(container);
      const fills = donutArcs(container).map((p) => getComputedStyle(p).fill);
      expect(fills).toHaveLength(golden.issues.length);
      expect(fills.filter((f) => f === 'rgb(0, 0, 0)')).toEqual([]);
      expect(new Set(fills).size).toBe(golden.issues.length);
      // Each legend entry's swatch shows its slice's colour.
      const figure = screen.getByRole('figure');
      const swatches = [...figure.querySelectorAll('[class*="fui-legend__shape"], [class*="fui-legend__rect"]')];
      expect(swatches.length).toBeGreaterThan(0);
      for (const s of swatches) {
        const bg = getComputedStyle(s).backgroundColor;
        expect(bg, 'swatch background').not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
        expect(fills).toContain(bg);
      }
      // No chart title drawn (and clipped) inside the donut's SVG: the name is on the figure.
      expect(figure.querySelector('svg text')).toBeNull();
      expect(figure).toHaveAccessibleName('End of Call Survey Summary: share of reported issues');
    });
  }

  it('draws the responses line in a colour that contrasts with the page, as its legend swatch shows (light, dark, high contrast)', async () => {
    for (const theme of [webLightTheme, webDarkTheme, teamsHighContrastTheme]) {
      const { container, unmount } = renderIn(<SurveySummaryDashboard summary={golden} />, theme);
      await chartsDrawn(container);
      const chart = container.querySelector('svg[role=region]') as SVGSVGElement;
      // The line series: a path through the points (not an axis domain path).
      const line = [...chart.querySelectorAll('path:not(.domain)')].find((p) => /L.*L/.test(p.getAttribute('d') ?? '')) as SVGElement;
      expect(line, 'the number-of-responses line').toBeDefined();
      const background = getComputedStyle(container.querySelector('section') as HTMLElement).backgroundColor;
      const stroke = getComputedStyle(line).stroke;
      expect(contrast(stroke, background)).toBeGreaterThanOrEqual(3);
      // Its legend swatch shows the same colour.
      const legendButton = screen.getAllByText('Number of responses').map((e) => e.closest('button')).find(Boolean) as HTMLElement;
      const swatch = [...legendButton.querySelectorAll('*')].map((e) => getComputedStyle(e)).find((st) => st.backgroundColor !== 'rgba(0, 0, 0, 0)' || (st.borderColor !== '' && st.borderTopStyle !== 'none'));
      expect(swatch, 'line legend swatch').toBeDefined();
      expect([swatch?.backgroundColor, swatch?.borderTopColor]).toContain(stroke);
      unmount();
    }
  });

  it('uses the width of the plot for the bars of a 0–10 scale, and round ticks on the responses axis', async () => {
    const summary = summarizeSurveys(generateSampleSurveys(5000, 2026));
    const { container } = renderIn(<SurveySummaryDashboard summary={summary} />);
    await chartsDrawn(container);
    const wide = summary.categories.findIndex((c) => c.scale.upperBound === 10);
    expect(wide).toBeGreaterThanOrEqual(0);
    const chart = container.querySelectorAll('svg[role=region]')[wide] as SVGSVGElement;
    const bars = [...chart.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('width')) > 0 && r.getAttribute('fill') !== 'transparent' && !r.closest('[class*="xAxis"]'));
    const xs = bars.map((b) => b.getBoundingClientRect());
    expect(xs.length).toBeGreaterThanOrEqual(11);
    const plot = (chart.querySelector('[id$="xAxisGElementchart_"]') as SVGGElement).getBoundingClientRect();
    const spread = Math.max(...xs.map((r) => r.right)) - Math.min(...xs.map((r) => r.left));
    expect(spread / plot.width).toBeGreaterThan(0.75);
    // Every tick of the responses axis (and of the percent axis) is a round number: n × 10^k with n in 1..9, halves ok.
    for (const g of container.querySelectorAll('[id$="yAxisGElementSecondarychart_"]')) {
      const ticks = [...g.querySelectorAll('text')].map((t) => t.textContent ?? '');
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      const values = ticks.map((t) => Number(t.replace(/k$/, '')) * (t.endsWith('k') ? 1000 : 1));
      const step = (values[1] as number) - (values[0] as number);
      expect(String(step)).toMatch(/^(1|15|2|25|3|4|5|6|8)0*$/);
      values.forEach((v, i) => expect(v).toBe(i * step));
    }
  });

  it('writes the legends as the tables do (no title-casing), and aligns each header with its column', async () => {
    const { container } = renderIn(<SurveySummaryDashboard summary={golden} />);
    await chartsDrawn(container);
    const legend = screen.getAllByText('Number of responses').find((e) => e.closest('svg') === null && e.closest('table') === null) as HTMLElement;
    expect(legend).toBeDefined();
    expect(legend.innerText).toBe('Number of responses');
    const percent = screen.getAllByText('Percent of respondents').find((e) => e.closest('button')) as HTMLElement;
    expect(percent.innerText).toBe(within(screen.getByRole('table', { name: 'The call itself (1–5) responses by score' })).getByRole('columnheader', { name: 'Percent of respondents' }).innerText);
    for (const table of screen.getAllByRole('table')) {
      const headers = within(table).getAllByRole('columnheader');
      const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
      const cells = [...firstRow.children] as HTMLElement[];
      headers.forEach((h, i) => {
        expect(getComputedStyle(h).textAlign, `${table.querySelector('caption')?.textContent} / ${h.textContent}`).toBe(getComputedStyle(cells[i] as HTMLElement).textAlign);
      });
    }
  });

  it.each([640, 320])('keeps the tag table inside its card at %i px (SDK tags wrap at their capitals; a narrower screen scrolls the table)', async (width) => {
    await page.viewport(width, 720);
    try {
      renderIn(<SurveySummaryDashboard summary={summarizeSurveys(generateSampleSurveys(2000, 2026))} />);
      const table = screen.getByRole('table', { name: 'Issue tags by frequency' });
      const card = screen.getByRole('group', { name: 'Reported issues' });
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
      // At 320 px the six columns need more room: their own box scrolls, inside the card, and takes keyboard focus.
      const box = screen.getByRole('group', { name: 'Issue tags by frequency' });
      expect(box.contains(table)).toBe(true);
      expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(card.getBoundingClientRect().right);
      expect(box.tabIndex).toBe(0);
      if (width === 640) expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(card.getBoundingClientRect().right);
      expect(within(table).getByRole('row', { name: /AudioStoppedUnexpectedly/ })).toBeVisible();
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('keeps the subtitle in its own order in a right-to-left page (numbers isolated)', () => {
    const { container } = renderIn(<SurveySummaryDashboard summary={golden} />, webLightTheme, 'rtl');
    const totals = paragraph('9 calls · 12 surveys');
    // An English line reads left to right even in an RTL page: "9" before "calls" before "12" before "surveys".
    const order = ['9', 'calls', '12', 'surveys'].map((t) => textRect(totals, t).left);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(container.querySelector('section')).toHaveAttribute('lang', 'en-US');
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
  it("maps SDK tags and category names to the app's labels (merged into the dialog's)", () => {
    renderIn(
      <SurveySummaryDashboard
        summary={golden}
        strings={{ issues: { audioRating: { Echo: 'Echo, echo' } }, categoryNames: { audioRating: 'Sound' } }}
      />,
    );
    const issues = screen.getByRole('table', { name: 'Issue tags by frequency' });
    expect(within(issues).getByRole('rowheader', { name: 'Echo, echo' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Sound (0–1) statistics' })).toBeVisible();
    // Untouched tags keep the dialog's label.
    expect(within(issues).getByRole('rowheader', { name: DEFAULT_SURVEY_STRINGS.issues.videoRating.Freezes })).toBeVisible();
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
    const overall = within(table).getByRole('row', { name: /^The call itself \(1–5\)/ });
    expect(overall).toHaveTextContent(/West's low-score share is \d+\.\d points lower \(p < 0\.001\)/);
    expect((await axe.run(container, { resultTypes: ['violations'] })).violations).toEqual([]);
  });
});
