/**
 * A v8 → v9 theme bridge for apps themed through communication-react's `FluentThemeProvider` (Fluent v8): derive the
 * v9 theme for the survey's `FluentProvider` from the same v8 theme, so the dialog matches the calling UI.
 *
 * `createV9Theme` (from `@fluentui/react-migration-v8-v9`) is passed in rather than imported: that package's entry
 * loads all of Fluent v8, whose ESM build does not load in plain Node, and apps that never bridge themes should not
 * bundle it.
 */
import { SurveyArgumentError } from '../core/errors.js';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme as V9Theme } from '@fluentui/react-components';
import type { PartialTheme, Theme as V8Theme } from '@fluentui/react';

/** The signature of `createV9Theme` from `@fluentui/react-migration-v8-v9`. */
export type CreateV9Theme = (themeV8: V8Theme, baseThemeV9?: V9Theme) => V9Theme;

/**
 * The Fluent v9 theme matching a Fluent v8 theme (e.g. communication-react's `lightTheme` / `darkTheme`, or the
 * theme given to its `FluentThemeProvider`), built by `createV9Theme`. The base v9 theme defaults to `webDarkTheme`
 * for an inverted (dark) v8 theme and `webLightTheme` otherwise; any token the v8 theme could not supply (a partial
 * palette) keeps the base theme's value, so no token is ever `undefined`.
 *
 * ```tsx
 * import { createV9Theme } from '@fluentui/react-migration-v8-v9';
 * const surveyTheme = v9ThemeFromV8(darkTheme, createV9Theme);
 * <FluentThemeProvider fluentTheme={darkTheme}>
 *   <FluentProvider theme={surveyTheme}><EndOfCallSurvey … /></FluentProvider>
 * </FluentThemeProvider>
 * ```
 */
export function v9ThemeFromV8(
  v8Theme: PartialTheme | V8Theme,
  createV9Theme: CreateV9Theme,
  baseV9Theme?: V9Theme,
): V9Theme {
  if (typeof v8Theme !== 'object' || v8Theme === null) {
    throw new SurveyArgumentError('v8Theme', 'v8Theme must be a Fluent v8 Theme or PartialTheme object (v9ThemeFromV8).');
  }
  if (typeof createV9Theme !== 'function') {
    throw new SurveyArgumentError(
      'createV9Theme',
      "createV9Theme must be a function (v9ThemeFromV8): pass createV9Theme from '@fluentui/react-migration-v8-v9'.",
    );
  }
  const base = baseV9Theme ?? (v8Theme.isInverted ? webDarkTheme : webLightTheme);
  // createV9Theme reads palette and effects; give it objects even for a partial theme.
  const complete = { ...v8Theme, palette: { ...v8Theme.palette }, effects: { ...v8Theme.effects } } as V8Theme;
  const mapped = createV9Theme(complete, base);
  const out: Record<string, unknown> = { ...base };
  for (const [token, value] of Object.entries(mapped)) if (value !== undefined) out[token] = value;
  return out as V9Theme;
}
