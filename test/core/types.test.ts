import { describe, expect, it } from 'vitest';
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from '../../src/core/types.js';

describe('vocabulary', () => {
  it('lists the four SDK categories in the SDK order', () => {
    expect(SURVEY_CATEGORIES).toEqual(['overallRating', 'audioRating', 'videoRating', 'screenshareRating']);
  });
  it("ends every category's tags with 'OtherIssues'", () => {
    for (const category of SURVEY_CATEGORIES) expect(SURVEY_ISSUES[category].at(-1)).toBe('OtherIssues');
  });
});
