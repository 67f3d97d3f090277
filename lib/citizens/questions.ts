import { randomInt } from 'node:crypto';

export * from './topics';

// Hỏi đáp on the server: tracking codes and the shortened name shown next to a published
// question (the topic list and labels are in ./topics, importable by client components).

// Crockford base32 without I, L, O, U: read aloud or typed from paper without confusion.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10; // 50 bits: not guessable in any number of lookups a server would answer

/** "HD-7K2M9-QX4TB": shown once to the asker, who looks the status up with it. */
export function newTrackingCode(): string {
  let raw = '';
  for (let index = 0; index < CODE_LENGTH; index += 1) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `HD-${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** What a reader typed ("hd 7k2m9qx4tb", "HD-7K2M9-QX4TB ") → the stored form, or null. */
export function normalizeTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  let raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.startsWith('HD')) raw = raw.slice(2);
  raw = raw.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw.length !== CODE_LENGTH || [...raw].some((char) => !CODE_ALPHABET.includes(char))) return null;
  return `HD-${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name and initials, nothing more. */
export function shortenAskerName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'Bạn đọc';
  const [family, ...rest] = words;
  return [family, ...rest.map((word) => `${word.charAt(0).toLocaleUpperCase('vi')}.`)].join(' ');
}
