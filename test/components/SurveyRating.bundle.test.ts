// @vitest-environment node
/**
 * Issue 10: the wide-scale slider is paid for only by wide scales. Bundling a page that mounts `SurveyRating` and
 * imports `@fluentui/react-components` itself (as an app does, for its `FluentProvider`) the way an app's bundler
 * does (Rolldown, Vite 8's bundler, and esbuild; ESM code splitting, tree shaking) leaves the slider's code out of
 * the chunks that load with the page: it sits in the chunk that only the dynamic import of a slider render fetches.
 * esbuild splits by file and keeps any file the page's barrel import reaches in the page's chunks, which is why the
 * slider is the kit's own code and not Fluent's `Slider`: Fluent's Slider must not be bundled at all.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ratingEntry = fileURLToPath(new URL('../../src/components/SurveyRating/index.ts', import.meta.url));
const PAGE = `
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SurveyRating } from ${JSON.stringify(ratingEntry)};
export { FluentProvider, webLightTheme, SurveyRating };
`;

// The kit's slider: its static class names. Fluent's Slider: its static class names and its state hook.
const OUR_SLIDER = /ecs-SurveyRating__sliderThumb/;
const FLUENT_SLIDER = /fui-Slider__thumb|useSliderState_unstable/;

interface Chunk {
  name: string;
  code: string;
  entry: boolean;
  dynamicEntry: boolean;
  imports: string[];
}

/** The chunks the entry loads statically, transitively (what loads with the page). */
function eagerChunks(chunks: Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.name, chunk]));
  const eager = new Set<Chunk>();
  const visit = (name: string) => {
    const chunk = byName.get(name);
    if (!chunk || eager.has(chunk)) return;
    eager.add(chunk);
    for (const dep of chunk.imports) visit(dep);
  };
  visit(chunks.find((chunk) => chunk.entry)!.name);
  return [...eager];
}

function expectSliderOnDemand(chunks: Chunk[]) {
  const eager = eagerChunks(chunks);
  expect(eager.some((chunk) => chunk.code.includes('ecs-SurveyRating'))).toBe(true);
  for (const chunk of eager) expect(chunk.code, chunk.name).not.toMatch(OUR_SLIDER);
  for (const chunk of chunks) expect(chunk.code, chunk.name).not.toMatch(FLUENT_SLIDER);
  const sliderChunks = chunks.filter((chunk) => OUR_SLIDER.test(chunk.code));
  expect(sliderChunks.map((chunk) => chunk.dynamicEntry)).toEqual([true]);
}

describe('SurveyRating bundle', () => {
  it('Rolldown: the slider is in a dynamically imported chunk, not in what the page loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-bundle-'));
    try {
      const input = join(dir, 'page.ts');
      writeFileSync(input, PAGE);
      const bundle = await rolldown({
        input,
        cwd: root,
        external: ['react', 'react-dom', 'react/jsx-runtime'],
        platform: 'browser',
        transform: { define: { 'process.env.NODE_ENV': '"production"' } },
        resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
        logLevel: 'silent',
      });
      const { output } = await bundle.generate({ format: 'esm' });
      await bundle.close();
      const chunks = output.flatMap((file) => (file.type === 'chunk' ? [file] : []));
      expectSliderOnDemand(
        chunks.map((chunk) => ({
          name: chunk.fileName,
          code: chunk.code,
          entry: chunk.isEntry,
          dynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
        })),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('esbuild: the slider is in a dynamically imported chunk, not in what the page loads', async () => {
    const result = await build({
      stdin: { contents: PAGE, resolveDir: root, loader: 'ts', sourcefile: 'page.ts' },
      bundle: true,
      write: false,
      splitting: true,
      outdir: join(root, 'node_modules/.cache/bundle-test'),
      metafile: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      external: ['react', 'react-dom', 'react/jsx-runtime'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const code = new Map(result.outputFiles.map((file) => [file.path.slice(root.length), file.text]));
    // A chunk a dynamic import() loads is one that some output imports dynamically.
    const dynamic = new Set(
      Object.values(outputs).flatMap((out) =>
        out.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      ),
    );
    expectSliderOnDemand(
      Object.entries(outputs).map(([name, out]) => ({
        name,
        code: code.get(name) ?? '',
        entry: out.entryPoint !== undefined && !dynamic.has(name),
        dynamicEntry: dynamic.has(name),
        imports: out.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      })),
    );
  }, 120_000);
});
