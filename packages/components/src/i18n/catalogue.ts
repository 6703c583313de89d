/**
 * The shape of a string catalogue. Every built-in string of every component lives here, so a
 * service can translate or reword any of them with `setStrings()`.
 *
 * A message is either plain text with `{placeholders}` or a function that receives the
 * parameters (for plurals and grammar that a template cannot express).
 */
export type Message = string | ((params: MessageParams) => string);
export type MessageParams = Record<string, string | number>;

export interface Catalogue {
  /** Visually hidden prefix read before every error message. */
  errorPrefix: Message;

  /** Constraint-validation messages, keyed by the ValidityState flag they explain. */
  valueMissing: Message;
  typeMismatchEmail: Message;
  typeMismatchUrl: Message;
  typeMismatch: Message;
  patternMismatch: Message;
  tooShort: Message;
  tooLong: Message;
  rangeUnderflow: Message;
  rangeOverflow: Message;
  stepMismatch: Message;
  badInput: Message;

  // <cor-official-banner>
  // Every message receives {country}, {government} and {domain} (without the leading dot).
  /** Name of the banner's region landmark. */
  officialBannerLabel: Message;
  /** The government's name when the `government` attribute is not set. Receives {country}. */
  officialBannerGovernment: Message;
  /** The visible statement, e.g. "Un sitio oficial del {government}". */
  officialBannerText: Message;
  /** The button that shows and hides the explanation. */
  officialBannerToggle: Message;
  /** Title and text about the official domain. */
  officialBannerDomainTitle: Message;
  officialBannerDomainBody: Message;
  /** Title and text about HTTPS. `{lock}` marks where the padlock icon goes (optional). */
  officialBannerHttpsTitle: Message;
  officialBannerHttpsBody: Message;

  // <cor-rut-input>
  /** An empty required RUT field (instead of the generic valueMissing). */
  rutValueMissing: Message;
  /** A text that cannot be read as a RUT, or with too few or too many digits. */
  rutInvalid: Message;
  /** A RUT whose check digit does not match its number (módulo 11). */
  rutCheckDigit: Message;
  /** A made-up RUT such as 11.111.111-1, with `reject-placeholders`. */
  rutPlaceholder: Message;

  // <cor-phone-input>
  /** A phone number that is not a Chilean number (letters, another country, a service number…). */
  phoneInvalid: Message;
  /** A phone number without exactly nine digits after +56. */
  phoneLength: Message;

  // <cor-password-input>
  /** The show/hide button's visible text while the password is hidden, e.g. "Mostrar". */
  passwordShow: Message;
  /** The show/hide button's visible text while the password is visible, e.g. "Ocultar". */
  passwordHide: Message;
  /** The button's accessible name while the password is hidden (contains passwordShow). */
  passwordShowLabel: Message;
  /** The button's accessible name while the password is visible (contains passwordHide). */
  passwordHideLabel: Message;
  /** Announced (polite live region) after the password is shown. */
  passwordShownAnnouncement: Message;
  /** Announced (polite live region) after the password is hidden again. */
  passwordHiddenAnnouncement: Message;

  // <cor-region-comuna>
  /** Labels of the two selects. */
  regionLabel: Message;
  comunaLabel: Message;
  /** The first, empty option of each select. */
  regionPlaceholder: Message;
  comunaPlaceholder: Message;
  /** The comuna select's empty option while no región is chosen. */
  comunaPlaceholderNoRegion: Message;
  /** The selects' only option while the list of regions and comunas loads. */
  territoryLoading: Message;
  /** The list of regions and comunas could not be loaded (offline, blocked…). */
  territoryLoadFailed: Message;
  /** A required group without a región, or with a región and no comuna. */
  regionValueMissing: Message;
  comunaValueMissing: Message;

  // <cor-textarea>
  // The count of a character (maxlength) or word (maxwords) limit. {count} and {limit} are numbers;
  // plural forms (and, in Spanish, the verb: «Le queda 1 carácter») follow {count}.
  /** Below or at the limit: "Le quedan {count} caracteres". */
  textareaCharactersRemaining: Message;
  /** Past the limit: "Tiene {count} caracteres de más". */
  textareaCharactersOver: Message;
  textareaWordsRemaining: Message;
  textareaWordsOver: Message;
  /** The limit, in the description from the start (hidden visually): "Puede escribir hasta {limit} caracteres". */
  textareaCharactersLimit: Message;
  textareaWordsLimit: Message;
  /** validity.tooLong past the limit: "Ingrese {limit} caracteres o menos". */
  textareaCharactersTooLong: Message;
  textareaWordsTooLong: Message;

  // <cor-file-upload>
  /** The face of the native file button, in the page's language. */
  fileChoose: Message;
  fileChooseMultiple: Message;
  /** Beside the button: files can also be dropped on the field. */
  fileDrop: Message;
  fileDropMultiple: Message;
  /** Status line while no file is chosen. */
  fileNone: Message;
  /** Announced (polite live region) when the person chooses one file: receives {name}. */
  fileSelected: Message;
  /** Announced when the person chooses several files: receives {count} (a number). */
  filesSelected: Message;
  /** Announced when a drag enters or leaves the field (as GOV.UK's drop zone does). */
  fileDropEntered: Message;
  fileDropLeft: Message;
  /** A required field without a file (validity.valueMissing). */
  fileValueMissing: Message;
  /** A file over `max-size` (validity.rangeOverflow). {max} is formatted, e.g. "5 MB". */
  fileTooLarge: Message;
  /** The same, naming the file when several were chosen: receives {name} and {max}. */
  fileTooLargeNamed: Message;
  /** A file whose type `accept` does not list (validity.typeMismatch). {types} is a list, e.g. "PDF, JPG o PNG". */
  fileWrongType: Message;
  /** The same, naming the file when several were chosen: receives {name} and {types}. */
  fileWrongTypeNamed: Message;
  /** How `image/*`, `audio/*`, `video/*` and `text/*` read inside {types}. */
  fileTypeImage: Message;
  fileTypeAudio: Message;
  fileTypeVideo: Message;
  fileTypeText: Message;

  // <cor-select>
  /** The text of the empty first option when `placeholder` is present but empty. */
  selectPlaceholder: Message;
  /** A required select with no option chosen, or with the empty first option (valueMissing). */
  selectValueMissing: Message;

  // <cor-date-input>
  /** The labels of the three fields, in the Chilean order. */
  dateDay: Message;
  dateMonth: Message;
  dateYear: Message;
  /** A required date with nothing entered (valueMissing). */
  dateValueMissing: Message;
  /** A date with some parts left empty (badInput): one key per combination. */
  dateMissingDay: Message;
  dateMissingMonth: Message;
  dateMissingYear: Message;
  dateMissingDayMonth: Message;
  dateMissingDayYear: Message;
  dateMissingMonthYear: Message;
  /** A date that cannot exist: day 32, month 13, letters, 31 of April, 29 of February of a common year (badInput). */
  dateInvalid: Message;
  /** A year without exactly 4 digits (badInput). */
  dateYearLength: Message;
  /** `past` / `future`: a date that is not strictly before / after today (rangeOverflow / rangeUnderflow). */
  datePast: Message;
  dateFuture: Message;
  /** `max="today"` / `min="today"`. */
  dateTodayOrPast: Message;
  dateTodayOrFuture: Message;
  /** `min` / `max` dates: {min} and {max} are dates in words in the element's language («1 de enero de 2000»). */
  dateMin: Message;
  dateMax: Message;
  /** Both `min` and `max` dates: receives {min} and {max}. */
  dateBetween: Message;

  // <cor-checkboxes>, <cor-radios>
  /** The divider before a last, different option (GOV.UK's "or"). */
  choiceDivider: Message;
  /** `required` checkboxes with none checked. */
  checkboxesValueMissing: Message;
  /** Announced when an exclusive option («Ninguna de estas») unchecked others: receives {count}. */
  checkboxesOthersUnchecked: Message;
  /** Announced when checking an option unchecked the exclusive one: receives {label}. */
  checkboxesExclusiveUnchecked: Message;
  /** `required` radios with none chosen. */
  radiosValueMissing: Message;

  // <cor-error-summary>
  /** The summary's title. */
  errorSummaryTitle: Message;
}

export type MessageKey = keyof Catalogue;

/**
 * The strings one component brings, in the two built-in languages. A component declares them
 * (`static strings`) and they are registered when its first element is created, so a page
 * ships only the strings of the components it uses.
 */
export interface ComponentStrings {
  es: Partial<Catalogue>;
  en: Partial<Catalogue>;
}
