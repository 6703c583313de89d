/** Languages and strings: add a language, reword any built-in string, follow `lang`. */
export * from './i18n/index.js';
