// Bundles a virtual entry with esbuild (in memory) and reports minified and gzip bytes. Shared by
// scripts/size.mjs (the budget in npm test) and scripts/bench/size.mjs (app totals against the bare-Fluent floor).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** What each budgeted entry pays: `contents` is the virtual module (TypeScript, resolved from the repo root). */
export const SIZE_ENTRIES = [
  { name: '{ EndOfCallSurvey, useSurveySubmission }', contents: "export { EndOfCallSurvey, useSurveySubmission } from './src/index.ts';" },
  { name: 'end-of-call-survey (everything)', contents: "export * from './src/index.ts';" },
  { name: 'end-of-call-survey/core', contents: "export * from './src/core/index.ts';" },
  { name: 'end-of-call-survey/acs', contents: "export * from './src/acs/index.ts';" },
  { name: 'end-of-call-survey/analytics', contents: "export * from './src/analytics/index.ts';" },
  { name: 'end-of-call-survey/charts', contents: "export * from './src/charts/index.ts';" },
  { name: 'end-of-call-survey/theme', contents: "export * from './src/theme/index.ts';" },
];

/** Minified and gzip bytes of `contents` bundled for the browser; `bundlePackages`: include npm packages too. */
export async function bundleSize(root, contents, { bundlePackages = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'tsx', sourcefile: 'size-entry.tsx' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    treeShaking: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...(bundlePackages ? {} : { packages: 'external' }),
    // The analytics CLI's Node built-ins never reach a browser bundle of these entries.
    external: ['node:*'],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureEntries(root) {
  const out = [];
  for (const entry of SIZE_ENTRIES) out.push({ name: entry.name, ...(await bundleSize(root, entry.contents)) });
  return out;
}
