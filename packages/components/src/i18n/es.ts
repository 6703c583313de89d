import type { Catalogue } from './catalogue.js';
import { coreStrings } from './strings/core.js';
import { officialBannerStrings } from './strings/official-banner.js';
import { rutInputStrings } from './strings/rut-input.js';
import { phoneInputStrings } from './strings/phone-input.js';
import { passwordInputStrings } from './strings/password-input.js';
import { regionComunaStrings } from './strings/region-comuna.js';
import { textareaStrings } from './strings/textarea.js';
import { fileUploadStrings } from './strings/file-upload.js';
import { selectStrings } from './strings/select.js';
import { dateInputStrings } from './strings/date-input.js';
import { choiceStrings } from './strings/choice.js';
import { errorSummaryStrings } from './strings/error-summary.js';

/**
 * Spanish (Chile): the default catalogue, complete (usted, plain language, sentence case). Each
 * component brings its own strings (i18n/strings/); this gathers them for services that read or
 * translate the whole catalogue.
 */
export const es: Catalogue = {
  ...coreStrings.es,
  ...officialBannerStrings.es,
  ...rutInputStrings.es,
  ...phoneInputStrings.es,
  ...passwordInputStrings.es,
  ...regionComunaStrings.es,
  ...textareaStrings.es,
  ...fileUploadStrings.es,
  ...selectStrings.es,
  ...dateInputStrings.es,
  ...choiceStrings.es,
  ...errorSummaryStrings.es,
};
