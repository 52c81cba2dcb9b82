/** The golden export used by several tests: 12 rows, a custom scale, missing bounds, issues (see summarize.test.ts). */
export const GOLDEN_HEADER =
  'TimeGenerated [UTC],CallId,SurveyId,OverallRatingScore,OverallRatingScoreLowerBound,OverallRatingScoreUpperBound,OverallRatingScoreThreshold,OverallCallIssues,AudioRatingScore,AudioRatingScoreLowerBound,AudioRatingScoreUpperBound,AudioRatingScoreThreshold,AudioIssues,VideoRatingScore,VideoRatingScoreLowerBound,VideoRatingScoreUpperBound,VideoRatingScoreThreshold,VideoIssues';

export const GOLDEN_ROWS = [
  '2026-01-05T10:00:00Z,c1,s1,5,1,5,2,,,,,,,,,,,',
  '2026-01-05T10:00:01Z,c1,s2,4,1,5,2,,,,,,,,,,,',
  '2026-01-05T11:00:00Z,c2,s3,2,1,5,2,HadToRejoin,0,0,1,0," Echo, AudioNoise,Echo",1,0,1,0,',
  '2026-01-05T12:00:00Z,c3,s4,1,,,,CallEndedUnexpectedly,0,0,1,0,Echo,0,0,1,0,Freezes',
  '2026-01-05T12:00:02Z,c3,s5,3,,,,,,,,,,,,,,',
  '2026-01-06T09:00:00Z,c4,s6,5,1,5,2,,,,,,,,,,,',
  '2026-01-06T09:30:00Z,c5,s7,4,,,,,,,,,,,,,,',
  '2026-01-06T10:00:00Z,c6,s8,2,1,5,2,,1,0,1,0,,0,0,1,0,"Freezes,LowQuality"',
  '2026-01-07T08:00:00Z,c7,s9,7,0,10,6,,,,,,,,,,,',
  '2026-01-07T08:00:01Z,c7,s10,9,0,10,6,,,,,,,,,,,',
  '2026-01-07T09:00:00Z,c8,s11,3,0,10,6,OtherIssues,,,,,,,,,,',
  '2026-01-08T09:00:00Z,c9,s12,5,,,,,4,,,,,,,,,',
];

/** As the portal writes it: BOM, CRLF. */
export const GOLDEN_CSV = '\uFEFF' + [GOLDEN_HEADER, ...GOLDEN_ROWS].join('\r\n') + '\r\n';
