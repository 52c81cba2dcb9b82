// @vitest-environment node
/**
 * The build compiles the kit's styles ahead of time, as Fluent ships its own: every style module under
 * src/components and src/charts comes out of scripts/build.mjs calling `__styles` (pre-computed atomic CSS), and
 * no built file still calls `makeStyles` (which would make the app bundle Griffel's runtime style resolver).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../node_modules/.cache/griffel-aot-dist', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sourceStyleModules = walk(join(root, 'src'))
  .filter((file) => file.endsWith('.styles.ts'))
  .map((file) => relative(join(root, 'src'), file).replace(/\.ts$/, '.js'))
  .sort();

describe('Griffel AOT in the build', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out-dir', outDir], { cwd: root, stdio: 'pipe' });
  }, 180_000);

  it('finds the style modules of the dialog, the rating, its slider and the dashboard', () => {
    expect(sourceStyleModules).toEqual([
      'charts/useSurveySummaryDashboardStyles.styles.js',
      'components/EndOfCallSurvey/useEndOfCallSurveyStyles.styles.js',
      'components/SurveyRating/useSurveyRatingSliderStyles.styles.js',
      'components/SurveyRating/useSurveyRatingStyles.styles.js',
    ]);
  });

  it.each(sourceStyleModules)('%s is built with __styles and no makeStyles', (file) => {
    const code = readFileSync(join(outDir, file), 'utf8');
    expect(code).toContain('__styles(');
    expect(code).not.toMatch(/\bmakeStyles\(/);
    expect(code).toMatch(/^'use client';/);
    expect(code).toMatch(/\/\/# sourceMappingURL=\S+\.styles\.js\.map\s*$/);
  });

  it('leaves no makeStyles call anywhere in the built JavaScript', () => {
    const offenders = walk(outDir).filter((file) => file.endsWith('.js') && /\bmakeStyles\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(outDir, file))).toEqual([]);
  });
});
