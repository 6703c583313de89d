// The built-in strings of every catalogue, for the languages guide: read from the catalogues
// themselves, so the table cannot drift from what the components say.
import { en, es } from '../../packages/components/src/i18n/index.js';
import type { Catalogue, MessageKey } from '../../packages/components/src/i18n/index.js';

/** Values for the placeholders of the messages that take some, to show them filled in. */
const SAMPLE = { minLength: 8, maxLength: 10, length: 3, min: '1', max: '30', example: '2' };

const text = (message: Catalogue[MessageKey]): string =>
  typeof message === 'function' ? message(SAMPLE) : message;

export interface CatalogueRow {
  key: string;
  es: string;
  en: string;
}

export const catalogue: CatalogueRow[] = (Object.keys(es) as MessageKey[]).map((key) => ({
  key,
  es: text(es[key]),
  en: text(en[key]),
}));
