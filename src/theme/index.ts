/**
 * `end-of-call-survey/theme`: a Fluent v8 → v9 theme bridge, for apps whose calling UI (e.g. the `CallComposite`)
 * is themed with a v8 theme. Needs the optional peer `@fluentui/react` (v8) only for its types.
 */
export { v9ThemeFromV8 } from './v9ThemeFromV8.js';
export type { CreateV9Theme } from './v9ThemeFromV8.js';
