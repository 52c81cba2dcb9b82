// @vitest-environment node
/**
 * The published shape: every entry point in package.json `exports` builds to ESM + .d.ts, and every entry except
 * `./acs` imports in plain Node ≥ 20 ESM (SSR, tests) — no bundler, no DOM, no ACS SDK.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../node_modules/.cache/entry-points-dist', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  exports: Record<string, { types: string; import: string } | string>;
  sideEffects: boolean;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

const entries = Object.entries(pkg.exports).filter(
  (entry): entry is [string, { types: string; import: string }] => typeof entry[1] !== 'string',
);

function runNode(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
}

describe('package entry points', () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--outDir', outDir], {
      cwd: root,
      stdio: 'pipe',
    });
  }, 180_000);

  it('declares the six entry points, side-effect free, with the contract peers', () => {
    expect(entries.map(([name]) => name).sort()).toEqual(['.', './acs', './analytics', './charts', './core', './theme']);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies).toMatchObject({ react: '>=18', 'react-dom': '>=18', '@fluentui/react-components': '^9' });
    for (const optional of ['@azure/communication-calling', '@azure/communication-react', '@fluentui/react-charts', '@azure/monitor-query-logs']) {
      expect(pkg.peerDependenciesMeta[optional]?.optional, optional).toBe(true);
    }
  });

  it.each(entries)('%s builds to JavaScript and type declarations', (_name, target) => {
    for (const file of [target.import, target.types]) {
      expect(existsSync(`${outDir}/${file.replace('./dist/', '')}`), file).toBe(true);
    }
  });

  it.each(entries.filter(([name]) => name !== './acs'))('%s imports in plain Node ESM', (_name, target) => {
    const file = `${outDir}/${target.import.replace('./dist/', '')}`;
    const output = runNode(`const m = await import(${JSON.stringify(file)}); console.log(Object.keys(m).length);`);
    expect(Number(output.trim())).toBeGreaterThan(0);
  });
});
