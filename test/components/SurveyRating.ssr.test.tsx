// @vitest-environment node
/**
 * Server rendering: the rating renders with `renderToString` (no DOM); a wide scale renders its placeholder, anchors
 * and state text (the slider module is imported on the client), never throwing on the lazily imported module.
 */
import { describe, expect, it } from 'vitest';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RatingScale } from '../../src/core/types.js';
import { SurveyRating } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';

function html(scale: RatingScale, value?: number): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <h2 id="q">Rate it</h2>
      <SurveyRating scale={scale} value={value} labelledBy="q" strings={DEFAULT_SURVEY_STRINGS} onChange={() => {}} />
    </FluentProvider>,
  );
}

describe('SurveyRating on the server', () => {
  it('renders a 1–5 radio group', () => {
    const out = html({ lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 });
    expect(out).toContain('role="radiogroup"');
    expect(out.match(/type="radio"/g)).toHaveLength(5);
    expect(out).toContain('aria-label="Excellent"');
  });

  it('renders a 0–100 scale as the placeholder with its anchors and state text', () => {
    const unrated = html({ lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 });
    expect(unrated).toContain('aria-hidden="true"');
    expect(unrated).toContain('Worst');
    expect(unrated).toContain('No rating selected');
    const rated = html({ lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 }, 42);
    expect(rated).toContain('Selected: 42 out of 100');
  });
});
