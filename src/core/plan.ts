/**
 * Step 2's plan: which groups it shows and in what order (the seed: randomize the order of tags so answers are
 * not biased towards the first one seen).
 */
import { SurveyArgumentError } from './errors.js';
import { SURVEY_CATEGORIES } from './types.js';
import type { Issue, IssuesStepGroup, SurveyConfig } from './types.js';
import { shuffleInPlace } from './random.js';

const OTHER: Issue = 'OtherIssues';

/**
 * The groups step 2 shows, in display order:
 * - every asked category except `overallRating` (even with no tags: its own question is still asked), plus
 * - `overallRating` as a group of its own when it is asked and offers tags (it is rated in step 1; step 2 only
 *   shows its tags).
 *
 * Groups are shuffled, and tags within each group are shuffled, with `'OtherIssues'` always last when offered.
 * Fisher–Yates: uniform for a uniform `random`, deterministic for a given `random` (pass `createSeededRandom(n)`
 * for reproducible stories and tests). Draws: each group's tags in canonical category order, then the groups.
 * Never mutates `config`; returns fresh arrays.
 */
export function planIssuesStep(config: SurveyConfig, random: () => number = Math.random): IssuesStepGroup[] {
  if (typeof random !== 'function') {
    throw new SurveyArgumentError('random', `random must be a function returning numbers in [0, 1) (planIssuesStep); got ${typeof random}`);
  }
  const groups: IssuesStepGroup[] = [];
  for (const category of SURVEY_CATEGORIES) {
    const entry = config[category];
    if (entry === undefined) continue;
    if (category === 'overallRating' && entry.issues.length === 0) continue;
    const issues: readonly Issue[] = entry.issues;
    const tags = issues.filter((t) => t !== OTHER);
    shuffleInPlace(tags, random);
    if (issues.includes(OTHER)) tags.push(OTHER);
    groups.push({ category, issues: tags });
  }
  return shuffleInPlace(groups, random);
}
