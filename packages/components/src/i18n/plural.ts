/** Picks the singular or plural noun with Intl.PluralRules and formats the number for `lang`. */
export function plural(lang: string, count: string | number, one: string, other: string): string {
  const n = Number(count);
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
  return `${new Intl.NumberFormat(lang).format(n)} ${form}`;
}
