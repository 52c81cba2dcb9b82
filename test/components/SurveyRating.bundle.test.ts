// @vitest-environment node
/**
 * Issue 10: Fluent's Slider is paid for only by wide scales. Bundling `SurveyRating` the way a Vite app's bundler
 * does (Rolldown, the bundler of Vite 8: ESM, code splitting, tree shaking through `@fluentui/react-components`)
 * leaves Slider's code out of the chunks that load with the component; it sits in the chunk that only the dynamic
 * import of a slider render fetches.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const entry = fileURLToPath(new URL('../../src/components/SurveyRating/index.ts', import.meta.url));

// Unique to Fluent's Slider: its static class names and its state hook.
const SLIDER_CODE = /fui-Slider__thumb|useSliderState_unstable/;

describe('SurveyRating bundle', () => {
  it('keeps Slider out of the chunks a 1–5 survey loads, in a dynamically imported one', async () => {
    const bundle = await rolldown({
      input: entry,
      external: ['react', 'react-dom', 'react/jsx-runtime'],
      platform: 'browser',
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'esm' });
    await bundle.close();
    const chunks = output.flatMap((file) => (file.type === 'chunk' ? [file] : []));
    const main = chunks.find((chunk) => chunk.isEntry)!;
    expect(main.code).toContain('ecs-SurveyRating');
    // Everything the entry loads statically, transitively.
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const eager = new Set<string>();
    const visit = (name: string) => {
      if (eager.has(name) || !byName.has(name)) return;
      eager.add(name);
      for (const dep of byName.get(name)!.imports) visit(dep);
    };
    visit(main.fileName);
    for (const name of eager) expect(byName.get(name)!.code, name).not.toMatch(SLIDER_CODE);
    // Slider lives in the chunk the entry imports dynamically.
    const sliderChunks = chunks.filter((chunk) => SLIDER_CODE.test(chunk.code));
    expect(sliderChunks.map((chunk) => chunk.isDynamicEntry)).toEqual([true]);
    expect(main.dynamicImports).toContain(sliderChunks[0]!.fileName);
  }, 120_000);
});
