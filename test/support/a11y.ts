/**
 * The one exception every axe run in this repository makes (stories, browser tests).
 *
 * Fluent v9's focus manager, Tabster, adds `<i data-tabster-dummy aria-hidden="true" tabindex="0">` focus
 * redirectors: around Dialogs, charts and v8 FocusZones, and, depending on timing, as children of `<body>`. They
 * exist only to forward focus and are a documented false positive of axe's `aria-hidden-focus` rule (a Fluent v9
 * known issue; Accessibility Insights suppresses them the same way). Only those elements are left out, and only of
 * that one rule; every other element and every other rule is checked.
 */
export const AXE_RULES = [
  { id: 'aria-hidden-focus', selector: '[aria-hidden="true"]:not([data-tabster-dummy])' },
] as const;
