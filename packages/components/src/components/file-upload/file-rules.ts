// The pure rules of <cor-file-upload>: reading `max-size` and `accept`, checking a file against
// them, and writing sizes and type lists for people. No DOM here, so a server-side renderer or a
// test can use them as they are.

/** Bytes per unit. kB, MB and GB are decimal (1 MB = 1 000 000 bytes); KiB, MiB, GiB binary. */
const FACTORS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

const SIZE = /^(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?$/i;

/**
 * A maximum size in bytes, from a number of bytes or a text such as `5000000`, `5 MB`, `1,5 MB`,
 * `500kB` or `2 MiB` (kB/MB/GB are decimal, as file managers on macOS, iOS and Android count;
 * KiB/MiB/GiB binary). Anything else, zero or a negative size gives `null`: no limit.
 */
export function parseFileSize(value: unknown): number | null {
  let bytes = NaN;
  if (typeof value === 'number') bytes = value;
  else if (typeof value === 'string') {
    const match = SIZE.exec(value.trim());
    if (match)
      bytes = Number(match[1]!.replace(',', '.')) * FACTORS[(match[2] ?? 'b').toLowerCase()]!;
  }
  return Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes) : null;
}

const UNITS: [unit: string, factor: number][] = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
];

/**
 * A size for people, in the largest decimal unit that fits, with Intl in `lang`: «1,5 MB» in
 * Spanish, "1.5 MB" in English. `roundUp` rounds a file's size up, so a file over a limit never
 * reads as the limit itself.
 */
export function formatFileSize(bytes: number, lang: string, roundUp = false): string {
  const [unit, factor] = UNITS.find(([, f]) => bytes >= f) ?? ['byte', 1];
  const options: Intl.NumberFormatOptions & { roundingMode?: string } = {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  };
  if (roundUp) options.roundingMode = 'ceil';
  return new Intl.NumberFormat(lang, options).format(bytes / factor);
}

const MIME = /^[a-z0-9!#$&^_.+-]+\/(?:[a-z0-9!#$&^_.+-]+|\*)$/;

/**
 * The valid tokens of an `accept` attribute, lower case: `.pdf` extensions, `image/*` kinds and
 * `application/pdf` types. Invalid tokens are dropped, as browsers drop them.
 */
export function acceptTokens(accept: unknown): string[] {
  if (typeof accept !== 'string') return [];
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => /^\.[^./\\\s]+$/.test(token) || MIME.test(token));
}

/** True when `file` is of a type that `tokens` lists (no tokens: any file). */
export function fileMatchesAccept(file: { name: string; type: string }, tokens: string[]): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/** Subtypes and extensions whose everyday name is not their upper-cased self. */
const FORMAT_NAMES: Record<string, string> = {
  jpeg: 'JPG',
  'svg+xml': 'SVG',
  plain: 'TXT',
  msword: 'DOC',
  'vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'vnd.ms-excel': 'XLS',
  'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'vnd.ms-powerpoint': 'PPT',
  'vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'vnd.oasis.opendocument.text': 'ODT',
  'vnd.oasis.opendocument.spreadsheet': 'ODS',
  'x-zip-compressed': 'ZIP',
};

/** The kinds a wildcard names (`image/*`); the caller words them in the page's language. */
export type FileKind = 'image' | 'audio' | 'video' | 'text';
const KINDS: readonly string[] = ['image', 'audio', 'video', 'text'];

/**
 * What `accept` allows, as people name it: formats (`PDF`, `JPG`), then kinds (`image`),
 * without repeats. `.jpg, .jpeg, image/jpeg` is one `JPG`.
 */
export function describeAccept(tokens: string[]): {
  formats: string[];
  kinds: (FileKind | string)[];
} {
  const formats: string[] = [];
  const kinds: string[] = [];
  for (const token of tokens) {
    if (token.endsWith('/*')) {
      const kind = token.slice(0, -2);
      const entry = KINDS.includes(kind) ? kind : token;
      if (!kinds.includes(entry)) kinds.push(entry);
      continue;
    }
    const raw = token.startsWith('.') ? token.slice(1) : token.split('/')[1]!;
    const name = FORMAT_NAMES[raw] ?? (/^[a-z0-9]{1,5}$/.test(raw) ? raw.toUpperCase() : token);
    if (!formats.includes(name)) formats.push(name);
  }
  return { formats, kinds };
}
