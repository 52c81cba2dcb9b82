/**
 * Hebrew (Israel) strings of the survey dialog. Right-to-left: render with `dir="rtl"` (see
 * `getSurveyLocaleDirection`). Gender-neutral plural imperative (סמנו, נסו), as is usual in Hebrew software. Rating
 * labels are the usual Hebrew wording of the ITU-T P.800 ACR scale, feminine to agree with «איכות»
 * (גרועה, חלשה, סבירה, טובה, מצוינת).
 */
import type { SurveyStrings } from '../SurveyStrings.js';
import { deepFreezeLocale } from './freeze.js';

/** Hebrew (he-IL, right-to-left) strings: a complete, deeply frozen {@link SurveyStrings}. */
export const SURVEY_STRINGS_HE_IL: Readonly<SurveyStrings> = /* @__PURE__ */ deepFreezeLocale<SurveyStrings>({
  locale: 'he-IL',
  title: 'משוב על השיחה',
  overallPrompt: 'מה הייתה איכות השיחה?',
  issuesPrompt: 'מה היה יכול להיות טוב יותר?',
  issuesHint: 'סמנו כל דבר שהייתה בו בעיה כדי לספר לנו עוד. מה שלא תסמנו ייחשב תקין.',
  categoryNames: {
    overallRating: 'השיחה עצמה',
    audioRating: 'שמע',
    videoRating: 'וידאו',
    screenshareRating: 'שיתוף מסך',
  },
  categoryProblem: {
    overallRating: 'השיחה עצמה',
    audioRating: 'שמע',
    videoRating: 'וידאו',
    screenshareRating: 'שיתוף מסך',
  },
  categoryRatingPrompt: 'איכות: {category}',
  issuesGroupLabel: '{category}: מה השתבש?',
  issues: {
    overallRating: {
      CallCannotJoin: 'לא הצלחתי להצטרף לשיחה',
      CallCannotInvite: 'לא הצלחתי להוסיף מישהו לשיחה',
      HadToRejoin: 'נאלצתי להצטרף מחדש',
      CallEndedUnexpectedly: 'השיחה הסתיימה באופן בלתי צפוי',
      OtherIssues: 'משהו אחר השתבש בשיחה',
    },
    audioRating: {
      NoLocalAudio: 'אחרים לא שמעו אותי',
      NoRemoteAudio: 'לא שמעתי את האחרים',
      Echo: 'שמעתי הד',
      AudioNoise: 'היה רעש רקע',
      LowVolume: 'עוצמת הקול הייתה נמוכה מדי',
      AudioStoppedUnexpectedly: 'השמע נפסק באופן בלתי צפוי',
      DistortedSpeech: 'הקולות נשמעו מעוותים',
      AudioInterruption: 'השמע נקטע שוב ושוב',
      OtherIssues: 'בעיית שמע אחרת',
    },
    videoRating: {
      NoVideoReceived: 'לא ראיתי את הווידאו של האחרים',
      NoVideoSent: 'אחרים לא ראו את הווידאו שלי',
      LowQuality: 'הווידאו היה מטושטש או באיכות נמוכה',
      Freezes: 'הווידאו קפא',
      StoppedUnexpectedly: 'הווידאו נפסק באופן בלתי צפוי',
      DarkVideoReceived: 'הווידאו של האחרים היה חשוך מדי',
      AudioVideoOutOfSync: 'הקול והתמונה לא היו מסונכרנים',
      OtherIssues: 'בעיית וידאו אחרת',
    },
    screenshareRating: {
      NoContentLocal: 'אחרים לא ראו את המסך שלי',
      NoContentRemote: 'לא ראיתי את המסך המשותף',
      CannotPresent: 'לא הצלחתי לשתף את המסך שלי',
      LowQuality: 'המסך המשותף היה מטושטש',
      Freezes: 'המסך המשותף קפא',
      StoppedUnexpectedly: 'שיתוף המסך נפסק באופן בלתי צפוי',
      LargeDelay: 'המסך המשותף פיגר מאוד',
      OtherIssues: 'בעיה אחרת בשיתוף המסך',
    },
  },
  ratingLabels: ['גרועה', 'חלשה', 'סבירה', 'טובה', 'מצוינת'],
  ratingNoneSelected: 'לא נבחר דירוג',
  ratingValueText: '{value} מתוך {max}',
  ratingSelected: 'נבחר: {label}',
  scaleLowAnchor: 'הגרוע ביותר',
  scaleHighAnchor: 'הטוב ביותר',
  next: 'הבא',
  submit: 'שליחה',
  skip: 'דילוג',
  back: 'חזרה',
  tryAgain: 'ניסיון חוזר',
  close: 'סגירה',
  submitting: 'בשליחה…',
  thankYou: 'תודה על המשוב!',
  errorTitle: 'לא הצלחנו לשלוח את המשוב',
  errorMessage: 'בדקו את החיבור ונסו שוב.',
  commentLabel: 'יש עוד משהו לגבי {category}? (לא חובה)',
  commentPlaceholder: 'ספרו לנו עוד',
  announceCloseAvailable: 'השליחה נמשכת זמן רב. אפשר לסגור את הסקר עכשיו, והוא עדיין יישלח.',
  announcePrimaryNext: 'הבא: נשארה עוד שאלה.',
  announcePrimarySubmit: 'שליחה: פעולה זו שולחת את התשובה.',
  stepCounter: 'שלב {step} מתוך {total}',
});
