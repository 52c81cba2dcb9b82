import { describe, expect, it, vi } from 'vitest';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RatingScale } from '../../src/core/types.js';
import { SurveyRating } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS, mergeSurveyStrings } from '../../src/strings/index.js';

function Rated({
  scale,
  dir = 'ltr',
  onChange,
  initial,
  disabled = false,
}: {
  scale: RatingScale;
  dir?: 'ltr' | 'rtl';
  onChange?: (v: number) => void;
  initial?: number;
  disabled?: boolean;
}) {
  const [value, setValue] = React.useState<number | undefined>(initial);
  return (
    <FluentProvider theme={webLightTheme} dir={dir}>
      <h2 id="q">Rate it</h2>
      <SurveyRating
        scale={scale}
        value={value}
        labelledBy="q"
        strings={DEFAULT_SURVEY_STRINGS}
        disabled={disabled}
        onChange={(v) => {
          setValue(v);
          onChange?.(v);
        }}
      />
    </FluentProvider>
  );
}

const FIVE: RatingScale = { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 };
const ELEVEN: RatingScale = { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 };

const checkedName = () =>
  screen.getAllByRole('radio').find((r) => (r as HTMLInputElement).checked)?.getAttribute('aria-label');

describe('SurveyRating', () => {
  it('1–5 is a named radio group whose options are the P.800 labels', () => {
    render(<Rated scale={FIVE} />);
    const group = screen.getByRole('radiogroup', { name: 'Rate it' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual([
      'Bad',
      'Poor',
      'Fair',
      'Good',
      'Excellent',
    ]);
    expect(screen.getByText('No rating selected')).toBeTruthy();
  });

  it('has one tab stop: the first option, then the checked one', async () => {
    const user = userEvent.setup();
    render(<Rated scale={FIVE} />);
    const tabbable = () => screen.getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(tabbable().map((r) => r.getAttribute('aria-label'))).toEqual(['Bad']);
    await user.click(screen.getByRole('radio', { name: 'Fair' }));
    expect(tabbable().map((r) => r.getAttribute('aria-label'))).toEqual(['Fair']);
  });

  it('arrow keys move focus and select, and wrap (LTR)', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Rated scale={FIVE} onChange={onChange} initial={4} />);
    screen.getByRole('radio', { name: 'Good' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(checkedName()).toBe('Excellent');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Excellent');
    await user.keyboard('{ArrowRight}');
    expect(checkedName()).toBe('Bad');
    await user.keyboard('{ArrowUp}');
    expect(checkedName()).toBe('Excellent');
    await user.keyboard('{ArrowLeft}{ArrowDown}{ArrowLeft}');
    expect(checkedName()).toBe('Good');
    expect(onChange).toHaveBeenLastCalledWith(4);
  });

  it('swaps left and right in RTL', async () => {
    const user = userEvent.setup();
    render(<Rated scale={FIVE} dir="rtl" initial={2} />);
    screen.getByRole('radio', { name: 'Poor' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(checkedName()).toBe('Fair');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(checkedName()).toBe('Bad');
  });

  it('shows the selected label as text', async () => {
    const user = userEvent.setup();
    render(<Rated scale={FIVE} />);
    await user.click(screen.getByRole('radio', { name: 'Excellent' }));
    expect(screen.getByText('Selected: Excellent')).toBeTruthy();
  });

  it('0–10 has eleven options named "{value} out of {max}" and anchors at both ends', () => {
    render(<Rated scale={ELEVEN} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(11);
    expect(radios[0]!.getAttribute('aria-label')).toBe('0 out of 10');
    expect(radios[10]!.getAttribute('aria-label')).toBe('10 out of 10');
    expect(screen.getByText('Worst')).toBeTruthy();
    expect(screen.getByText('Best')).toBeTruthy();
  });

  it('wider scales are a slider with the value as text', async () => {
    const onChange = vi.fn();
    render(<Rated scale={{ lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 }} onChange={onChange} />);
    expect(screen.queryByRole('radiogroup')).toBeNull();
    const slider = await screen.findByRole('slider', { name: 'Rate it' });
    expect(slider.getAttribute('aria-valuetext')).toBe('No rating selected');
    // jsdom has no range-input keyboard behaviour; real keys are covered in Chromium.
    fireEvent.change(slider, { target: { value: '73' } });
    expect(onChange).toHaveBeenCalledWith(73);
    expect(screen.getByText('Selected: 73 out of 100')).toBeTruthy();
    expect(slider.getAttribute('aria-valuetext')).toBe('73 out of 100');
  });

  it('an unrated slider chooses its lowest score on Home (the value does not move, no change event)', async () => {
    const onChange = vi.fn();
    render(<Rated scale={{ lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 }} onChange={onChange} />);
    const slider = await screen.findByRole('slider', { name: 'Rate it' });
    fireEvent.keyUp(slider, { key: 'Home' });
    expect(onChange).toHaveBeenCalledWith(0);
    expect(screen.getByText('Selected: 0 out of 100')).toBeTruthy();
    // A rated slider is left to its change events.
    fireEvent.keyUp(screen.getByRole('slider', { name: 'Rate it' }), { key: 'Home' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('disabled options do not change', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Rated scale={FIVE} onChange={onChange} initial={3} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('uses overridden rating labels', () => {
    const strings = mergeSurveyStrings({ ratingLabels: ['1★', '2★', '3★', '4★', '5★'] });
    render(
      <FluentProvider theme={webLightTheme}>
        <span id="x">Q</span>
        <SurveyRating scale={FIVE} value={undefined} onChange={() => {}} labelledBy="x" strings={strings} />
      </FluentProvider>,
    );
    expect(screen.getByRole('radio', { name: '3★' })).toBeTruthy();
  });
});
