// A node_modules made of links to the repo's packages (nothing downloaded), for the apps and test roots that must
// resolve like a real install: scripts/consumer.mjs (the packed kit installed beside them) and scripts/react19.mjs.
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fills `modules` (an empty folder) with a link per package of `repoModules`, leaving out the names in `skip`
 * (`name` or `@scope/name`) and linking the names of `replace` to their own targets instead.
 */
export function linkNodeModules(repoModules, modules, { skip = [], replace = {} } = {}) {
  mkdirSync(modules, { recursive: true });
  const link = (target, name) => symlinkSync(target, join(modules, name), 'junction');
  const wanted = (name) => !skip.includes(name) && !(name in replace);
  for (const name of readdirSync(repoModules)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      mkdirSync(join(modules, name), { recursive: true });
      for (const sub of readdirSync(join(repoModules, name))) {
        if (wanted(`${name}/${sub}`)) link(join(repoModules, name, sub), `${name}/${sub}`);
      }
    } else if (wanted(name)) {
      link(join(repoModules, name), name);
    }
  }
  for (const [name, target] of Object.entries(replace)) {
    if (name.includes('/')) mkdirSync(join(modules, name.split('/')[0]), { recursive: true });
    link(target, name);
  }
}
