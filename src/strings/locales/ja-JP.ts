/**
 * Japanese (Japan) strings of the survey dialog. Polite style (です・ます) for sentences, plain past tense for the
 * issue tags (checkbox labels); full-width punctuation. Rating labels are the usual Japanese wording of the
 * ITU-T P.800 ACR scale (非常に悪い … 非常に良い).
 */
import type { SurveyStrings } from '../SurveyStrings.js';
import { deepFreezeLocale } from './freeze.js';

/** Japanese (ja-JP) strings: a complete, deeply frozen {@link SurveyStrings}. */
export const SURVEY_STRINGS_JA_JP: Readonly<SurveyStrings> = /* @__PURE__ */ deepFreezeLocale<SurveyStrings>({
  locale: 'ja-JP',
  title: '通話に関するフィードバック',
  overallPrompt: '通話の品質はいかがでしたか？',
  issuesPrompt: '改善が必要だと感じた点はどこですか？',
  issuesHint: '問題があった項目をチェックすると、詳細を選べます。チェックしなかった項目は問題なしとみなされます。',
  categoryNames: {
    overallRating: '通話全般',
    audioRating: '音声',
    videoRating: 'ビデオ',
    screenshareRating: '画面共有',
  },
  categoryProblem: {
    overallRating: '通話全般',
    audioRating: '音声',
    videoRating: 'ビデオ',
    screenshareRating: '画面共有',
  },
  categoryRatingPrompt: '{category}の品質',
  issuesGroupLabel: '{category}：どのような問題がありましたか？',
  issues: {
    overallRating: {
      CallCannotJoin: '通話に参加できなかった',
      CallCannotInvite: '通話に他の人を追加できなかった',
      HadToRejoin: '通話に参加し直す必要があった',
      CallEndedUnexpectedly: '通話が予期せず終了した',
      OtherIssues: '通話にその他の問題があった',
    },
    audioRating: {
      NoLocalAudio: '相手に自分の声が聞こえなかった',
      NoRemoteAudio: '相手の声が聞こえなかった',
      Echo: 'エコーが聞こえた',
      AudioNoise: '背景ノイズがあった',
      LowVolume: '音量が小さすぎた',
      AudioStoppedUnexpectedly: '音声が予期せず停止した',
      DistortedSpeech: '声がひずんで聞こえた',
      AudioInterruption: '音声が何度も途切れた',
      OtherIssues: '音声に関するその他の問題',
    },
    videoRating: {
      NoVideoReceived: '相手のビデオが見えなかった',
      NoVideoSent: '相手に自分のビデオが見えなかった',
      LowQuality: 'ビデオがぼやけていた、または画質が悪かった',
      Freezes: 'ビデオがフリーズした',
      StoppedUnexpectedly: 'ビデオが予期せず停止した',
      DarkVideoReceived: '相手のビデオが暗すぎた',
      AudioVideoOutOfSync: '音声と映像がずれていた',
      OtherIssues: 'ビデオに関するその他の問題',
    },
    screenshareRating: {
      NoContentLocal: '相手に自分の画面が見えなかった',
      NoContentRemote: '共有された画面が見えなかった',
      CannotPresent: '自分の画面を共有できなかった',
      LowQuality: '共有画面がぼやけていた',
      Freezes: '共有画面がフリーズした',
      StoppedUnexpectedly: '画面共有が予期せず停止した',
      LargeDelay: '共有画面の表示が大きく遅れた',
      OtherIssues: '画面共有に関するその他の問題',
    },
  },
  ratingLabels: ['非常に悪い', '悪い', '普通', '良い', '非常に良い'],
  ratingNoneSelected: '評価が選択されていません',
  ratingValueText: '{max} 点中 {value} 点',
  ratingSelected: '選択中：{label}',
  scaleLowAnchor: '最低',
  scaleHighAnchor: '最高',
  next: '次へ',
  submit: '送信',
  skip: 'スキップ',
  back: '戻る',
  tryAgain: '再試行',
  close: '閉じる',
  submitting: '送信中…',
  thankYou: 'フィードバックをお寄せいただき、ありがとうございました。',
  errorTitle: 'フィードバックを送信できませんでした',
  errorMessage: '接続を確認して、もう一度お試しください。',
  commentLabel: '{category}について、ほかにお気づきの点はありますか？（任意）',
  commentPlaceholder: '詳しくお聞かせください',
  announceCloseAvailable: '送信に時間がかかっています。アンケートを閉じても送信は続きます。',
  announcePrimaryNext: '次へ：もう 1 つ質問があります。',
  announcePrimarySubmit: '送信：回答を送信します。',
  stepCounter: 'ステップ {step}/{total}',
});
