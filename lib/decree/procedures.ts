// Administrative-procedure vocabulary shared by the public pages, the admin and validation
// (no server imports).

export const PROCEDURE_LEVELS = ['CENTRAL', 'PROVINCE', 'COMMUNE'] as const;
export type ProcedureLevelCode = (typeof PROCEDURE_LEVELS)[number];

export const PROCEDURE_LEVEL_LABELS: Record<ProcedureLevelCode, string> = {
  CENTRAL: 'Cấp trung ương',
  PROVINCE: 'Cấp tỉnh',
  COMMUNE: 'Cấp xã',
};

/** The non-empty lines of a one-item-per-line text (documents, steps). */
export function procedureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** An https address under a gov.vn domain (the national public service portal and provincial ones). */
export function isGovernmentPortalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && (url.hostname === 'gov.vn' || url.hostname.endsWith('.gov.vn'));
  } catch {
    return false;
  }
}
