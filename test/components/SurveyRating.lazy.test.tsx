/**
 * The on-demand Slider in jsdom, in a file of its own: React.lazy keeps a loaded module for the whole file, so this
 * is the first slider this module graph renders.
 */
import { describe, expect, it, vi } from 'vitest';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SurveyRating } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';

function Rated({ onChange }: { onChange: (v: number) => void }) {
  const [value, setValue] = React.useState<number | undefined>(undefined);
  return (
    <FluentProvider theme={webLightTheme}>
      <h2 id="q">Rate it</h2>
      <SurveyRating
        scale={{ lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 }}
        value={value}
        labelledBy="q"
        strings={DEFAULT_SURVEY_STRINGS}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
      />
    </FluentProvider>
  );
}

describe('SurveyRating slider on demand', () => {
  it('while the slider’s code loads, the place is kept and nothing focusable stands in; then the named slider appears', async () => {
    const onChange = vi.fn();
    render(<Rated onChange={onChange} />);
    // The first render: the slider module is still being imported; the anchors and the state text are already there.
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByText('Worst')).toBeTruthy();
    expect(screen.getByText('No rating selected')).toBeTruthy();
    const slider = await screen.findByRole('slider', { name: 'Rate it' });
    expect(slider.getAttribute('aria-valuetext')).toBe('No rating selected');
    fireEvent.change(slider, { target: { value: '12' } });
    expect(onChange).toHaveBeenCalledWith(12);
    expect(slider.getAttribute('aria-valuetext')).toBe('12 out of 100');
    expect(screen.getByText('Selected: 12 out of 100')).toBeTruthy();
  });

});
