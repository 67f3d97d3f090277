// Identifies an upload by its first bytes: the file name and the browser's MIME type are never
// trusted. Returns null for anything not accepted (HTML, PHP, SVG, executables …).

export type SniffedType = 'jpeg' | 'png' | 'webp' | 'gif' | 'mp4' | 'pdf' | 'docx' | 'doc';

/** Bytes needed by sniffType to decide. */
export const SNIFF_BYTES = 64;

// Major brands of ISO base-media files that are MP4 video (not HEIF/AVIF still images).
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4', 'MSNV']);

const startsWith = (head: Buffer, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);

const ascii = (head: Buffer, start: number, end: number) => head.subarray(start, end).toString('latin1');

export function sniffType(head: Buffer): SniffedType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  // A ZIP (checked to be a Word document after storing) and an OLE2 compound file (legacy .doc).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const boxSize = head.readUInt32BE(0);
    if (boxSize >= 16 && boxSize <= 4096 && MP4_BRANDS.has(ascii(head, 8, 12))) return 'mp4';
  }
  return null;
}

/** SVG (or XML that holds SVG) gets its own refusal message: it is the usual "image" that can run scripts. */
export function looksLikeSvg(head: Buffer): boolean {
  const text = head
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return text.startsWith('<svg') || ((text.startsWith('<?xml') || text.startsWith('<!doctype svg')) && text.includes('<svg'));
}

export const MIME_TYPES: Record<SniffedType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};

/** Word documents: always served as downloads. */
export const OFFICE_MIME_TYPES: readonly string[] = [MIME_TYPES.docx, MIME_TYPES.doc];
