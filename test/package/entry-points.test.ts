// @vitest-environment node
/**
 * The published shape: every entry point in package.json `exports` builds to ESM + .d.ts, and every entry except
 * `./acs` imports in plain Node ≥ 20 ESM (SSR, tests) — no bundler, no DOM, no ACS SDK.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it('declares the entry points (six, plus the locales: all at once and one per shipped locale), side-effect free, with the contract peers', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'zh-CN', 'ar-SA', 'he-IL'].map((tag) => `./locales/${tag}`);
    expect(entries.map(([name]) => name).sort()).toEqual(['.', './acs', './analytics', './charts', './core', './locales', ...locales, './theme'].sort());
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies).toMatchObject({ react: '^18.0.0 || ^19.0.0', 'react-dom': '^18.0.0 || ^19.0.0', '@fluentui/react-components': '^9' });
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

  // React Server Components: a file that uses React state, effects or context must start with 'use client' in the
  // build (tsc keeps the directive); the pure entries must not, so a server component can import them.
  const CLIENT_ENTRIES = ['.', './charts'];
  const PURE_ENTRIES = ['./core', './analytics', './acs', './theme', ...entries.map(([name]) => name).filter((name) => name.startsWith('./locales'))];

  function startsWithUseClient(file: string): boolean {
    return /^(['"])use client\1;?\s/.test(readFileSync(file, 'utf8'));
  }

  it.each(entries.filter(([name]) => CLIENT_ENTRIES.includes(name)))('%s (client) starts with use client', (_name, target) => {
    expect(startsWithUseClient(`${outDir}/${target.import.replace('./dist/', '')}`)).toBe(true);
  });

  it.each(entries.filter(([name]) => PURE_ENTRIES.includes(name)))('%s (pure) has no use client', (_name, target) => {
    expect(startsWithUseClient(`${outDir}/${target.import.replace('./dist/', '')}`)).toBe(false);
  });

  it('every built file of the components, hooks and charts starts with use client; no core or analytics file does', () => {
    const files = (dir: string): string[] =>
      readdirSync(`${outDir}/${dir}`, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => `${dir}/${f}`);
    const client = [...files('components'), ...files('react'), ...files('charts')].filter((f) => !f.endsWith('.types.js'));
    expect(client.length).toBeGreaterThan(10);
    for (const f of client) expect(startsWithUseClient(`${outDir}/${f}`), f).toBe(true);
    for (const f of [...files('core'), ...files('analytics'), ...files('delivery')]) {
      expect(startsWithUseClient(`${outDir}/${f}`), f).toBe(false);
    }
  });
});
