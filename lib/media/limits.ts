// Upload limits, shared by the server pipeline and the browser (early checks before sending).

export const MB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  image: 10 * MB,
  video: 500 * MB,
  pdf: 50 * MB,
  office: 20 * MB,
} as const;

/** Decoded pixels (all frames of an animation together) allowed: a guard against decompression bombs. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** The stored "original" is re-encoded to fit inside this box; variants are never wider. */
export const MAX_STORED_DIMENSION = 2560;

/** Responsive widths generated (only those narrower than the image, plus its own width). */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

export const ACCEPT_ATTRIBUTE: Record<UploadKind, string> = {
  image: 'image/jpeg,image/png,image/webp,image/gif',
  video: 'video/mp4',
  pdf: 'application/pdf',
  office: '.doc,.docx,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`;
  return `${bytes} byte`;
}
