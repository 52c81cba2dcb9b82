import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Real Chromium (Debian's, never a downloaded build), headless, with reduced motion so axe never sees a
 * half-faded Dialog. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
    contextOptions: { reducedMotion: 'reduce' },
  }),
  instances: [{ browser: 'chromium' as const }],
});

const communicationReactCjs = fileURLToPath(
  new URL('./node_modules/@azure/communication-react/dist/dist-cjs/communication-react/index.js', import.meta.url),
);

const unit: TestProjectInlineConfiguration = {
  extends: true,
  resolve: {
    // communication-react's package exports only `main`/`module` conditions; jsdom needs its CJS build.
    alias: [{ find: /^@azure\/communication-react$/, replacement: communicationReactCjs }],
  },
  test: {
    name: 'unit',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/**/*.browser.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
  },
};

const browserTests: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'browser',
    include: ['test/**/*.browser.test.{ts,tsx}'],
    setupFiles: ['test/setup.browser.ts'],
    browser: browser(),
  },
};

const stories: TestProjectInlineConfiguration = {
  extends: true,
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // addon-vitest applies .storybook/preview.tsx (and the a11y addon's annotations) by itself.
    browser: browser(),
  },
};

/** `scripts/react19.mjs` runs these tests from a root whose node_modules are links (React → 19): resolve through them. */
const preserveSymlinks = process.env.EOCS_REACT19 === '1';

export default defineConfig({
  plugins: [react()],
  resolve: { preserveSymlinks },
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', '@fluentui/react-components', '@fluentui/react-charts', 'axe-core'],
  },
  test: {
    projects: [unit, browserTests, stories],
    testTimeout: 20_000,
    // The React major the tests must run on (test/react/reactVersion*.test.ts).
    provide: { reactMajor: preserveSymlinks ? '19' : '18' },
  },
});
