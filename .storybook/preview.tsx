import * as React from 'react';
import type { Preview } from '@storybook/react-vite';
import {
  FluentProvider,
  createDarkTheme,
  createLightTheme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';
import { configure } from 'storybook/test';
import { AXE_RULES } from '../test/support/a11y.js';

// Play functions wait up to 5 s for what they look for (Testing Library's default is 1 s). Under `npm test` the
// stories run beside the unit and browser projects on a small machine, and a cold first story can take longer
// than a second to open its dialog; a real failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });

/** A custom brand ramp (teal) to show that the kit follows any brand theme through tokens alone. */
const brandRamp: BrandVariants = {
  10: '#020305', 20: '#111B1F', 30: '#152C33', 40: '#173A43', 50: '#184854', 60: '#175766',
  70: '#146678', 80: '#0E758A', 90: '#04859D', 100: '#2A93A9', 110: '#47A1B5', 120: '#60AEC1',
  130: '#78BCCD', 140: '#90CAD8', 150: '#A7D7E3', 160: '#BFE5EE',
};

export const themes: Record<string, Theme> = {
  'web-light': webLightTheme,
  'web-dark': webDarkTheme,
  'teams-light': teamsLightTheme,
  'teams-dark': teamsDarkTheme,
  'teams-high-contrast': teamsHighContrastTheme,
  'brand-light': createLightTheme(brandRamp),
  'brand-dark': createDarkTheme(brandRamp),
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Fluent theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(themes),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'web-light', dir: 'ltr' },
  decorators: [
    (Story, context) => {
      const theme = themes[String(context.globals.theme ?? context.parameters.theme ?? 'web-light')] ?? webLightTheme;
      const dir = (context.globals.dir ?? context.parameters.dir ?? 'ltr') === 'rtl' ? 'rtl' : 'ltr';
      return (
        <FluentProvider theme={theme} dir={dir} style={{ minHeight: '100%' }}>
          <Story />
        </FluentProvider>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every axe violation fails the story when stories run as tests (npm test).
    // Tabster's focus redirectors are the one exception (see test/support/a11y.ts).
    a11y: { test: 'error', config: { rules: [...AXE_RULES] } },
  },
  tags: ['autodocs'],
};

export default preview;
