import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-official-banner>, in Spanish (Chile, the default) and English. */
export const officialBannerStrings = {
  es: {
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
  },
  en: {
    officialBannerLabel: 'Official website',
    officialBannerGovernment: 'Government of {country}',
    officialBannerText: 'An official website of the {government}',
    officialBannerToggle: 'Here’s how you know',
    officialBannerDomainTitle: 'Official websites use .{domain}',
    officialBannerDomainBody:
      'A website whose address ends in .{domain} belongs to a government institution of {country}.',
    officialBannerHttpsTitle: 'Secure websites use HTTPS',
    officialBannerHttpsBody:
      'Look for a lock {lock} or https:// at the start of the address. Share personal information only on official, secure websites.',
  },
} satisfies ComponentStrings;
