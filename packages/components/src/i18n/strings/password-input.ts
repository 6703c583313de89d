import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-password-input>, in Spanish (Chile, the default) and English. */
export const passwordInputStrings = {
  es: {
    passwordShow: 'Mostrar',
    passwordHide: 'Ocultar',
    passwordShowLabel: 'Mostrar contraseña',
    passwordHideLabel: 'Ocultar contraseña',
    passwordShownAnnouncement: 'Su contraseña está visible',
    passwordHiddenAnnouncement: 'Su contraseña está oculta',
  },
  en: {
    passwordShow: 'Show',
    passwordHide: 'Hide',
    passwordShowLabel: 'Show password',
    passwordHideLabel: 'Hide password',
    passwordShownAnnouncement: 'Your password is visible',
    passwordHiddenAnnouncement: 'Your password is hidden',
  },
} satisfies ComponentStrings;
