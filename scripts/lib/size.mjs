// Bundles a virtual entry with esbuild (in memory) and reports minified and gzip bytes. Shared by
// scripts/size.mjs (the budget in npm test) and scripts/bench/size.mjs (app totals against the bare-Fluent floor).
// The entries import the BUILT package (dist/, with the Griffel AOT styles), which is what an app pays;
// `ensureBuilt` (build-stamp.mjs) rebuilds dist/ first when it is missing or older than the sources.
import { ensureBuilt } from './build-stamp.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** What each budgeted entry pays: `contents` is the virtual module (TypeScript, resolved from the repo root). */
export const SIZE_ENTRIES = [
  { name: '{ EndOfCallSurvey, useSurveySubmission }', contents: "export { EndOfCallSurvey, useSurveySubmission } from './dist/index.js';" },
  { name: 'end-of-call-survey (everything)', contents: "export * from './dist/index.js';" },
  { name: 'end-of-call-survey/core', contents: "export * from './dist/core/index.js';" },
  { name: 'end-of-call-survey/acs', contents: "export * from './dist/acs/index.js';" },
  { name: 'end-of-call-survey/analytics', contents: "export * from './dist/analytics/index.js';" },
  { name: 'end-of-call-survey/charts', contents: "export * from './dist/charts/index.js';" },
  { name: 'end-of-call-survey/theme', contents: "export * from './dist/theme/index.js';" },
  { name: 'end-of-call-survey/locales/de-DE (dialog strings only)', contents: "export { SURVEY_STRINGS_DE_DE } from './dist/locales/de-DE.js';" },
  { name: 'end-of-call-survey/locales/de-DE', contents: "export * from './dist/locales/de-DE.js';" },
  { name: 'end-of-call-survey/locales (all nine)', contents: "export * from './dist/locales/index.js';" },
];

/**
 * Minified and gzip bytes of `contents` bundled for the browser; `bundlePackages`: include npm packages too.
 * Code-split like an app's bundler: what counts is the entry chunk and the chunks it imports statically (what loads
 * with the page), not the chunks behind a dynamic import() (e.g. the locales `loadSurveyStrings` loads on demand).
 */
export async function bundleSize(root, contents, { bundlePackages = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'tsx', sourcefile: 'size-entry.tsx' },
    bundle: true,
    write: false,
    splitting: true,
    outdir: join(root, 'node_modules/.cache/size-out'),
    metafile: true,
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
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => ['<stdin>', 'size-entry.tsx'].includes(outputs[file].entryPoint));
  const byPath = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.contents]));
  const staticImports = (file) => outputs[file].imports.filter((i) => i.kind === 'import-statement' && outputs[i.path]).map((i) => i.path);
  return measureLoaded(entry, staticImports, (file) => byPath.get(file));
}

/**
 * `bundleSize`'s measure with Rolldown, Vite 8's bundler (minified, code-split, npm packages bundled): the entry
 * chunk and the chunks it imports statically. `name` names the virtual entry's file.
 */
export async function rolldownSize(root, name, contents) {
  const { rolldown } = await import('rolldown');
  const dir = join(root, 'node_modules/.cache/size-rolldown');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `${name}.tsx`);
  writeFileSync(input, contents.replaceAll("'./dist/", `'${join(root, 'dist')}/`));
  const bundle = await rolldown({
    input,
    platform: 'browser',
    cwd: root,
    transform: { define: { 'process.env.NODE_ENV': '"production"' }, jsx: { runtime: 'automatic' } },
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  await bundle.close();
  const chunks = new Map(output.filter((f) => f.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry).fileName;
  return measureLoaded(entry, (file) => chunks.get(file).imports.filter((i) => chunks.has(i)), (file) => Buffer.from(chunks.get(file).code));
}

/** Minified and gzip bytes of `entry` and every output it imports statically, transitively (what loads with the page). */
function measureLoaded(entry, staticImports, contentsOf) {
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of staticImports(file)) visit(imported);
  };
  visit(entry);
  const code = Buffer.concat([...loaded].map(contentsOf));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureEntries(root) {
  ensureBuilt(root, 'size');
  const out = [];
  for (const entry of SIZE_ENTRIES) out.push({ name: entry.name, ...(await bundleSize(root, entry.contents)) });
  return out;
}
