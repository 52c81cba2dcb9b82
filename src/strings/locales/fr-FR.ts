/**
 * French (France) strings of the survey dialog. Formal address ("vous"); French typography: a no-break space
 * (U+00A0) before « ? ! : » and inside guillemets. Rating labels are the usual French ITU-T P.800 ACR wording for
 * « qualité » (mauvaise, médiocre, assez bonne, bonne, excellente).
 */
import type { SurveyStrings } from '../SurveyStrings.js';
import { deepFreezeLocale } from './freeze.js';

/** French (fr-FR) strings: a complete, deeply frozen {@link SurveyStrings}. */
export const SURVEY_STRINGS_FR_FR: Readonly<SurveyStrings> = /* @__PURE__ */ deepFreezeLocale<SurveyStrings>({
  locale: 'fr-FR',
  title: 'Votre avis sur l’appel',
  overallPrompt: 'Comment était la qualité de l’appel ?',
  issuesPrompt: 'Qu’est-ce qui aurait pu être mieux ?',
  issuesHint: 'Cochez tout ce qui a posé problème pour en dire plus. Ce que vous ne cochez pas est considéré comme correct.',
  categoryNames: {
    overallRating: 'L’appel en général',
    audioRating: 'Audio',
    videoRating: 'Vidéo',
    screenshareRating: 'Partage d’écran',
  },
  categoryProblem: {
    overallRating: 'L’appel en général',
    audioRating: 'Audio',
    videoRating: 'Vidéo',
    screenshareRating: 'Partage d’écran',
  },
  categoryRatingPrompt: 'Qualité : {category}',
  issuesGroupLabel: '{category} : qu’est-ce qui n’a pas fonctionné ?',
  issues: {
    overallRating: {
      CallCannotJoin: 'Je n’ai pas pu rejoindre l’appel',
      CallCannotInvite: 'Je n’ai pas pu ajouter quelqu’un à l’appel',
      HadToRejoin: 'J’ai dû rejoindre l’appel à nouveau',
      CallEndedUnexpectedly: 'L’appel s’est terminé de façon inattendue',
      OtherIssues: 'Un autre problème est survenu pendant l’appel',
    },
    audioRating: {
      NoLocalAudio: 'Les autres ne m’entendaient pas',
      NoRemoteAudio: 'Je n’entendais pas les autres',
      Echo: 'J’ai entendu de l’écho',
      AudioNoise: 'Il y avait du bruit de fond',
      LowVolume: 'Le volume était trop faible',
      AudioStoppedUnexpectedly: 'Le son s’est arrêté de façon inattendue',
      DistortedSpeech: 'Les voix étaient déformées',
      AudioInterruption: 'Le son n’arrêtait pas de couper',
      OtherIssues: 'Un autre problème audio',
    },
    videoRating: {
      NoVideoReceived: 'Je ne voyais pas la vidéo des autres',
      NoVideoSent: 'Les autres ne voyaient pas ma vidéo',
      LowQuality: 'La vidéo était floue ou de mauvaise qualité',
      Freezes: 'La vidéo se figeait',
      StoppedUnexpectedly: 'La vidéo s’est arrêtée de façon inattendue',
      DarkVideoReceived: 'La vidéo des autres était trop sombre',
      AudioVideoOutOfSync: 'Le son et l’image n’étaient pas synchronisés',
      OtherIssues: 'Un autre problème vidéo',
    },
    screenshareRating: {
      NoContentLocal: 'Les autres ne voyaient pas mon écran',
      NoContentRemote: 'Je ne voyais pas l’écran partagé',
      CannotPresent: 'Je n’ai pas pu partager mon écran',
      LowQuality: 'L’écran partagé était flou',
      Freezes: 'L’écran partagé se figeait',
      StoppedUnexpectedly: 'Le partage d’écran s’est arrêté de façon inattendue',
      LargeDelay: 'L’écran partagé s’affichait avec beaucoup de retard',
      OtherIssues: 'Un autre problème de partage d’écran',
    },
  },
  ratingLabels: ['Mauvaise', 'Médiocre', 'Assez bonne', 'Bonne', 'Excellente'],
  ratingNoneSelected: 'Aucune note sélectionnée',
  ratingValueText: '{value} sur {max}',
  ratingSelected: 'Sélection : {label}',
  scaleLowAnchor: 'La pire',
  scaleHighAnchor: 'La meilleure',
  next: 'Suivant',
  submit: 'Envoyer',
  skip: 'Ignorer',
  back: 'Retour',
  tryAgain: 'Réessayer',
  close: 'Fermer',
  submitting: 'Envoi en cours…',
  thankYou: 'Merci pour votre avis !',
  errorTitle: 'Impossible d’envoyer votre avis',
  errorMessage: 'Vérifiez votre connexion et réessayez.',
  commentLabel: 'Autre chose à signaler sur « {category} » ? (facultatif)',
  commentPlaceholder: 'Dites-nous-en plus',
  announceCloseAvailable: 'L’envoi prend du temps. Vous pouvez fermer l’enquête ; elle sera quand même envoyée.',
  announcePrimaryNext: 'Suivant : une autre question suit.',
  announcePrimarySubmit: 'Envoyer : cela envoie votre réponse.',
  stepCounter: 'Étape {step} sur {total}',
});
