import type { ComponentStrings } from '../catalogue.js';
import { plural } from '../plural.js';

/** The strings of <cor-textarea>, in Spanish (Chile, the default) and English. */
export const textareaStrings = {
  es: {
    textareaCharactersRemaining: ({ count }) =>
      `${new Intl.PluralRules('es').select(Number(count)) === 'one' ? 'Le queda' : 'Le quedan'} ${plural('es', count, 'carácter', 'caracteres')}`,
    textareaCharactersOver: ({ count }) =>
      `Tiene ${plural('es', count, 'carácter', 'caracteres')} de más`,
    textareaWordsRemaining: ({ count }) =>
      `${new Intl.PluralRules('es').select(Number(count)) === 'one' ? 'Le queda' : 'Le quedan'} ${plural('es', count, 'palabra', 'palabras')}`,
    textareaWordsOver: ({ count }) => `Tiene ${plural('es', count, 'palabra', 'palabras')} de más`,
    textareaCharactersLimit: ({ limit }) =>
      `Puede escribir hasta ${plural('es', limit, 'carácter', 'caracteres')}`,
    textareaWordsLimit: ({ limit }) =>
      `Puede escribir hasta ${plural('es', limit, 'palabra', 'palabras')}`,
    textareaCharactersTooLong: ({ limit }) =>
      `Ingrese ${plural('es', limit, 'carácter', 'caracteres')} o menos`,
    textareaWordsTooLong: ({ limit }) =>
      `Ingrese ${plural('es', limit, 'palabra', 'palabras')} o menos`,
  },
  en: {
    textareaCharactersRemaining: ({ count }) =>
      `You have ${plural('en', count, 'character', 'characters')} remaining`,
    textareaCharactersOver: ({ count }) =>
      `You have ${plural('en', count, 'character', 'characters')} too many`,
    textareaWordsRemaining: ({ count }) =>
      `You have ${plural('en', count, 'word', 'words')} remaining`,
    textareaWordsOver: ({ count }) => `You have ${plural('en', count, 'word', 'words')} too many`,
    textareaCharactersLimit: ({ limit }) =>
      `You can enter up to ${plural('en', limit, 'character', 'characters')}`,
    textareaWordsLimit: ({ limit }) =>
      `You can enter up to ${plural('en', limit, 'word', 'words')}`,
    textareaCharactersTooLong: ({ limit }) =>
      `Enter ${plural('en', limit, 'character', 'characters')} or fewer`,
    textareaWordsTooLong: ({ limit }) => `Enter ${plural('en', limit, 'word', 'words')} or fewer`,
  },
} satisfies ComponentStrings;
