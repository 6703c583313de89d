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

/** English: the complete catalogue, gathered from each component's strings (i18n/strings/). */
export const en: Catalogue = {
  ...coreStrings.en,
  ...officialBannerStrings.en,
  ...rutInputStrings.en,
  ...phoneInputStrings.en,
  ...passwordInputStrings.en,
  ...regionComunaStrings.en,
  ...textareaStrings.en,
  ...fileUploadStrings.en,
  ...selectStrings.en,
  ...dateInputStrings.en,
  ...choiceStrings.en,
  ...errorSummaryStrings.en,
};
