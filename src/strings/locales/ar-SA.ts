/**
 * Arabic (Saudi Arabia) strings of the survey dialog, in Modern Standard Arabic. Right-to-left: render with
 * `dir="rtl"` (see `getSurveyLocaleDirection`). Arabic punctuation (؟ ،). Rating labels are the usual Arabic wording
 * of the ITU-T P.800 ACR scale, feminine to agree with «الجودة» (سيئة، ضعيفة، مقبولة، جيدة، ممتازة).
 */
import type { SurveyStrings } from '../SurveyStrings.js';
import { deepFreezeLocale } from './freeze.js';

/** Arabic (ar-SA, right-to-left) strings: a complete, deeply frozen {@link SurveyStrings}. */
export const SURVEY_STRINGS_AR_SA: Readonly<SurveyStrings> = /* @__PURE__ */ deepFreezeLocale<SurveyStrings>({
  locale: 'ar-SA',
  title: 'ملاحظات حول المكالمة',
  overallPrompt: 'كيف كانت جودة المكالمة؟',
  issuesPrompt: 'ما الذي كان يمكن أن يكون أفضل؟',
  issuesHint: 'حدّد كل ما واجهت فيه مشكلة لتخبرنا بالمزيد عنه. ما لا تحدده سيُعدّ سليمًا.',
  categoryNames: {
    overallRating: 'المكالمة نفسها',
    audioRating: 'الصوت',
    videoRating: 'الفيديو',
    screenshareRating: 'مشاركة الشاشة',
  },
  categoryProblem: {
    overallRating: 'المكالمة نفسها',
    audioRating: 'الصوت',
    videoRating: 'الفيديو',
    screenshareRating: 'مشاركة الشاشة',
  },
  categoryRatingPrompt: 'الجودة: {category}',
  issuesGroupLabel: '{category}: ما المشكلة التي حدثت؟',
  issues: {
    overallRating: {
      CallCannotJoin: 'لم أتمكن من الانضمام إلى المكالمة',
      CallCannotInvite: 'لم أتمكن من إضافة شخص إلى المكالمة',
      HadToRejoin: 'اضطررت إلى الانضمام مرة أخرى',
      CallEndedUnexpectedly: 'انتهت المكالمة بشكل غير متوقع',
      OtherIssues: 'حدثت مشكلة أخرى في المكالمة',
    },
    audioRating: {
      NoLocalAudio: 'لم يتمكن الآخرون من سماعي',
      NoRemoteAudio: 'لم أتمكن من سماع الآخرين',
      Echo: 'سمعت صدى',
      AudioNoise: 'كانت هناك ضوضاء في الخلفية',
      LowVolume: 'كان مستوى الصوت منخفضًا جدًا',
      AudioStoppedUnexpectedly: 'توقف الصوت بشكل غير متوقع',
      DistortedSpeech: 'كانت الأصوات مشوّهة',
      AudioInterruption: 'كان الصوت يتقطع باستمرار',
      OtherIssues: 'مشكلة أخرى في الصوت',
    },
    videoRating: {
      NoVideoReceived: 'لم أتمكن من رؤية فيديو الآخرين',
      NoVideoSent: 'لم يتمكن الآخرون من رؤية الفيديو الخاص بي',
      LowQuality: 'كان الفيديو ضبابيًا أو منخفض الجودة',
      Freezes: 'تجمّد الفيديو',
      StoppedUnexpectedly: 'توقف الفيديو بشكل غير متوقع',
      DarkVideoReceived: 'كان فيديو الآخرين معتمًا جدًا',
      AudioVideoOutOfSync: 'لم يكن الصوت والصورة متزامنين',
      OtherIssues: 'مشكلة أخرى في الفيديو',
    },
    screenshareRating: {
      NoContentLocal: 'لم يتمكن الآخرون من رؤية شاشتي',
      NoContentRemote: 'لم أتمكن من رؤية الشاشة المشتركة',
      CannotPresent: 'لم أتمكن من مشاركة شاشتي',
      LowQuality: 'كانت الشاشة المشتركة ضبابية',
      Freezes: 'تجمّدت الشاشة المشتركة',
      StoppedUnexpectedly: 'توقفت مشاركة الشاشة بشكل غير متوقع',
      LargeDelay: 'كانت الشاشة المشتركة متأخرة كثيرًا',
      OtherIssues: 'مشكلة أخرى في مشاركة الشاشة',
    },
  },
  ratingLabels: ['سيئة', 'ضعيفة', 'مقبولة', 'جيدة', 'ممتازة'],
  ratingNoneSelected: 'لم يتم تحديد تقييم',
  ratingValueText: '{value} من {max}',
  ratingSelected: 'التقييم المحدد: {label}',
  scaleLowAnchor: 'الأسوأ',
  scaleHighAnchor: 'الأفضل',
  next: 'التالي',
  submit: 'إرسال',
  skip: 'تخطي',
  back: 'رجوع',
  tryAgain: 'إعادة المحاولة',
  close: 'إغلاق',
  submitting: 'جارٍ الإرسال…',
  thankYou: 'شكرًا على ملاحظاتك!',
  errorTitle: 'تعذّر إرسال ملاحظاتك',
  errorMessage: 'تحقق من الاتصال وحاول مرة أخرى.',
  commentLabel: 'هل لديك ملاحظات أخرى حول {category}؟ (اختياري)',
  commentPlaceholder: 'أخبرنا بالمزيد',
  announceCloseAvailable: 'يستغرق الإرسال وقتًا. يمكنك إغلاق الاستطلاع الآن، وسيُرسل رغم ذلك.',
  announcePrimaryNext: 'التالي: يتبقى سؤال آخر.',
  announcePrimarySubmit: 'إرسال: يرسل هذا إجابتك.',
  stepCounter: 'الخطوة {step} من {total}',
});
