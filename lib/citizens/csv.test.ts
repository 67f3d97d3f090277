import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(
      ['Tiêu đề', 'Số'],
      [
        ['Có "dấu", phẩy', 3],
        ['=HYPERLINK("x")', -2],
        [null, 1.5],
      ],
    );
    expect(csv).toBe('\uFEFFTiêu đề,Số\r\n"Có ""dấu"", phẩy",3\r\n"\'=HYPERLINK(""x"")",-2\r\n,1.5\r\n');
  });
});
