/**
 * The kit's one deep-freeze, used by every set of shipped strings (the dialog's en-US defaults and locales, the
 * dashboard's strings). Internal: not re-exported from the barrel.
 */

/**
 * Freezes `value` and every object or array reachable from it, then returns it. Used so a shipped locale cannot be
 * changed by accident at run time (override per key with `mergeSurveyStrings` instead).
 */
export function deepFreezeLocale<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreezeLocale((value as Record<string, unknown>)[key]);
  }
  return value;
}
