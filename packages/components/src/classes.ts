/**
 * Every component class, without registering any tag. Use it to register Cordillera under your
 * own tags (for example to run two versions on one page):
 * `customElements.define('gob-button', class extends CorButton {})`.
 */
export * from './components/button/button.js';
export * from './components/text-input/text-input.js';
export * from './components/rut-input/rut-input.js';
export * from './components/official-banner/official-banner.js';
export * from './components/phone-input/phone-input.js';
export * from './components/claveunica-button/claveunica-button.js';
export * from './components/region-comuna/region-comuna.js';
export * from './components/error-summary/error-summary.js';
export * from './components/password-input/password-input.js';
export * from './components/error-message/error-message.js';
export * from './components/fieldset/fieldset.js';
export * from './components/textarea/textarea.js';
export * from './components/file-upload/file-upload.js';
export * from './components/select/select.js';
export * from './components/date-input/date-input.js';
export * from './components/checkboxes/checkboxes.js';
export * from './components/checkbox/checkbox.js';
export * from './components/radios/radios.js';
export * from './components/radio/radio.js';
export { CorElement } from './core/cor-element.js';
export { CorFormAssociated } from './core/form-associated.js';
export { CorFormControl } from './core/form-control.js';
export { CorValidatedControl } from './core/validated-control.js';
export { defineElement } from './core/define.js';
export { setDevWarnings } from './core/dev.js';
