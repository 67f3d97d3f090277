import { describe, expect, it } from 'vitest';
import { sanitizeOriginalName } from './file-name.ts';
import { looksLikeSvg, sniffType } from './sniff.ts';
import { MINIMAL_PDF, PHP_AS_JPG, SVG_WITH_SCRIPT, animatedGif, jpegPhoto, lyingMp4, minimalMp4, noisePng, webpImage } from '@/test/fixtures/media-files';

describe('sniffType', () => {
  it('recognises each accepted format by its content', async () => {
    expect(sniffType(await jpegPhoto(20, 20))).toBe('jpeg');
    expect(sniffType(await noisePng(20, 20))).toBe('png');
    expect(sniffType(await webpImage(20, 20))).toBe('webp');
    expect(sniffType(await animatedGif())).toBe('gif');
    expect(sniffType(minimalMp4())).toBe('mp4');
    expect(sniffType(lyingMp4())).toBe('mp4'); // the header alone looks right: the box walk refuses it later
    expect(sniffType(MINIMAL_PDF)).toBe('pdf');
  });

  it('refuses text, markup, executables and look-alikes', () => {
    expect(sniffType(PHP_AS_JPG)).toBeNull();
    expect(sniffType(SVG_WITH_SCRIPT)).toBeNull();
    expect(sniffType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
    expect(sniffType(Buffer.from('\x7fELF\x02\x01\x01'))).toBeNull();
    expect(sniffType(Buffer.alloc(0))).toBeNull();
    // HEIF/AVIF stills share the ftyp box with MP4 but are not video.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    expect(sniffType(heic)).toBeNull();
  });

  it('spots SVG for its own message, with or without an XML prolog or BOM', () => {
    expect(looksLikeSvg(SVG_WITH_SCRIPT)).toBe(true);
    expect(looksLikeSvg(Buffer.from('\uFEFF  <svg onload="alert(1)">'))).toBe(true);
    expect(looksLikeSvg(PHP_AS_JPG)).toBe(false);
  });
});

describe('sanitizeOriginalName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['ảnh\u202Egpj.exe', 'ảnhgpj.exe'],
    ['a\u0000b\u0007c\u200B.png', 'abc.png'],
    ['   ...hidden.jpg', 'hidden.jpg'],
    ['', 'tep-tai-len'],
    ['../', 'tep-tai-len'],
    ['Quy hoạch   cụm\ncông nghiệp.pdf', 'Quy hoạch cụm công nghiệp.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeOriginalName(input)).toBe(expected);
  });

  it('caps very long names', () => {
    expect(Array.from(sanitizeOriginalName('ả'.repeat(1000))).length).toBe(180);
  });
});
