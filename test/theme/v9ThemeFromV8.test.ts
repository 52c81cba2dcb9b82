/**
 * The theme bridge with the real createV9Theme. `@fluentui/react-migration-v8-v9`'s ESM entry loads Fluent v8, which
 * plain Node cannot import, so this test loads its CommonJS build (what the package's `require` condition serves).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '@azure/communication-react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { v9ThemeFromV8 } from '../../src/theme/index.js';
import type { CreateV9Theme } from '../../src/theme/index.js';

const { createV9Theme } = createRequire(import.meta.url)('@fluentui/react-migration-v8-v9') as {
  createV9Theme: CreateV9Theme;
};

describe('v9ThemeFromV8', () => {
  it('maps communication-react themes to complete v9 themes on the matching base', () => {
    const light = v9ThemeFromV8(lightTheme, createV9Theme);
    const dark = v9ThemeFromV8(darkTheme, createV9Theme);
    for (const key of Object.keys(webLightTheme)) {
      expect(light[key as keyof typeof light]).toBeDefined();
      expect(dark[key as keyof typeof dark]).toBeDefined();
    }
    // The v8 palette's primary colour becomes the v9 brand colour.
    expect(light.colorBrandBackground).toBe(lightTheme.palette?.themePrimary);
    expect(dark.colorBrandBackground).toBe(darkTheme.palette?.themePrimary);
    // A dark v8 theme sits on the dark base.
    expect(dark.colorNeutralBackground1).toBe(darkTheme.palette?.white);
    expect(dark.colorNeutralBackground1).not.toBe(webLightTheme.colorNeutralBackground1);
    expect(dark.fontFamilyBase).toBe(webDarkTheme.fontFamilyBase);
  });

  it('keeps base tokens for a partial palette', () => {
    const theme = v9ThemeFromV8({ palette: { themePrimary: '#123456' } }, createV9Theme);
    expect(theme.colorBrandBackground).toBe('#123456');
    expect(theme.colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
  });

  it('rejects bad input with a message naming the parameter', () => {
    expect(() => v9ThemeFromV8(null as never, createV9Theme)).toThrow(/v8Theme must be a Fluent v8 Theme/);
    expect(() => v9ThemeFromV8(lightTheme, undefined as never)).toThrow(/pass createV9Theme/);
  });
});
