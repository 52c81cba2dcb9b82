import type { CallSurvey } from '../../src/core/types.js';
export { deferred } from '../support/deferred.js';

/** A seeded PRNG (the core's mulberry32): the same seed gives the same run. */
export { createSeededRandom as seededRandom } from '../../src/core/random.js';

/** A survey the SDK accepts: overall `score` on 1–5 with its scale. */
export function validSurvey(score = 4): CallSurvey {
  return { overallRating: { score, scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } } };
}

/** A survey the SDK refuses (score outside its scale). */
export function invalidSurvey(): CallSurvey {
  return { overallRating: { score: 9, scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } } };
}

/** The SDK's CallingCommunicationError shape. */
export function sdkError(code: number, subCode: number, message = `SDK error ${code}/${subCode}`): Error {
  return Object.assign(new Error(message), { code, subCode });
}
export const notSent = () => sdkError(408, 45101, 'Failed to submit survey, timedout. Please try again.');
export const invalidSdk = () => sdkError(400, 45100, 'Invalid call survey. Please submit a survey options.');

