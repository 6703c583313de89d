import type { Catalogue } from './catalogue.js';
import { plural } from './plural.js';

/** Spanish (Chile). The default catalogue: usted, plain language, sentence case. */
export const es: Catalogue = {
  errorPrefix: 'Error:',
  valueMissing: 'Complete este campo',
  typeMismatchEmail: 'Ingrese un correo electrónico válido, por ejemplo nombre@ejemplo.cl',
  typeMismatchUrl: 'Ingrese una dirección web válida, por ejemplo https://www.gob.cl',
  typeMismatch: 'Ingrese un valor con el formato correcto',
  patternMismatch: 'Ingrese el dato con el formato indicado',
  tooShort: ({ minLength, length }) =>
    `Escriba al menos ${plural('es', minLength, 'carácter', 'caracteres')} (ahora tiene ${length})`,
  tooLong: ({ maxLength, length }) =>
    `Escriba como máximo ${plural('es', maxLength, 'carácter', 'caracteres')} (ahora tiene ${length})`,
  rangeUnderflow: 'Ingrese un número igual o mayor que {min}',
  rangeOverflow: 'Ingrese un número igual o menor que {max}',
  stepMismatch: 'Ingrese un número válido, por ejemplo {example}',
  badInput: 'Ingrese solo números',

  // <cor-official-banner>
  officialBannerLabel: 'Sitio oficial',
  officialBannerGovernment: 'Gobierno de {country}',
  officialBannerText: 'Un sitio oficial del {government}',
  officialBannerToggle: 'Cómo comprobarlo',
  officialBannerDomainTitle: 'Los sitios oficiales usan .{domain}',
  officialBannerDomainBody:
    'Un sitio cuya dirección termina en .{domain} pertenece a una institución del Estado de {country}.',
  officialBannerHttpsTitle: 'Los sitios seguros usan HTTPS',
  officialBannerHttpsBody:
    'Busque el candado {lock} o https:// al comienzo de la dirección. Entregue sus datos personales solo en sitios oficiales y seguros.',

  // <cor-rut-input>
  rutValueMissing: 'Ingrese el RUT',
  rutInvalid: 'Ingrese un RUT válido, por ejemplo 12.345.678-5',
  rutCheckDigit: 'El dígito verificador no corresponde',
  rutPlaceholder: 'Ingrese un RUT real, no uno de ejemplo como 11.111.111-1',

  // <cor-phone-input>
  phoneInvalid: 'Ingrese un número de teléfono válido, por ejemplo 9 1234 5678',
  phoneLength: 'Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678',
};
