import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_LIMITS } from '@/lib/media/limits';

// Where an old image's bytes come from: the export's uploads folder (`--media-dir`, the copy of
// wp-content/uploads), else the old host when it still answers. A miss is a reason, never a throw.

export interface MediaSourceOptions {
  mediaDir?: string | null;
  /** Ask the old host for files not in the folder (off in tests: they never need the internet). */
  fetchRemote?: boolean;
  fetchTimeoutMs?: number;
  /** The old site's host: only its own files are fetched (never another address the export names). */
  siteHost?: string;
}

export type FetchedFile = { ok: true; data: Buffer; name: string } | { ok: false; reason: string };

/** "…/2023/05/anh-1024x640.jpg" → "…/2023/05/anh.jpg": the original of a resized copy. */
export function originalImageUrl(url: string): string {
  return url.replace(/-\d{2,5}x\d{2,5}(\.[a-z0-9]{3,4})(?=$|[?#])/i, '$1');
}

/** The path below wp-content/uploads/ ("2023/05/anh.jpg"), or the file name. */
export function uploadsRelativePath(url: string): string {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // Not absolute: a relative "/wp-content/uploads/…" or a bare name.
  }
  const decoded = (() => {
    try {
      return decodeURIComponent(pathname);
    } catch {
      return pathname;
    }
  })();
  const marker = '/wp-content/uploads/';
  const index = decoded.indexOf(marker);
  return index >= 0 ? decoded.slice(index + marker.length) : path.posix.basename(decoded);
}

async function fromFolder(folder: string, relative: string): Promise<Buffer | null> {
  const root = path.resolve(folder);
  for (const candidate of [relative, path.posix.basename(relative)]) {
    const file = path.resolve(root, candidate);
    // Never outside the folder, whatever the export's addresses say ("../../etc/passwd").
    if (!file.startsWith(`${root}${path.sep}`)) continue;
    try {
      return await readFile(file);
    } catch {
      // Try the next candidate.
    }
  }
  return null;
}

async function fromHost(url: string, timeoutMs: number): Promise<FetchedFile> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'địa chỉ không hợp lệ' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'địa chỉ không hợp lệ' };
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return { ok: false, reason: `máy chủ cũ trả lời ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > UPLOAD_LIMITS.image) return { ok: false, reason: 'tệp quá lớn' };
    const data = Buffer.from(await response.arrayBuffer());
    if (data.length > UPLOAD_LIMITS.image) return { ok: false, reason: 'tệp quá lớn' };
    return { ok: true, data, name: path.posix.basename(parsed.pathname) };
  } catch {
    return { ok: false, reason: 'không kết nối được máy chủ cũ' };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

export async function fetchOldImage(url: string, options: MediaSourceOptions): Promise<FetchedFile> {
  const name = path.posix.basename(uploadsRelativePath(url));
  if (options.mediaDir) {
    for (const candidate of new Set([url, originalImageUrl(url)])) {
      const data = await fromFolder(options.mediaDir, uploadsRelativePath(candidate));
      if (data) return { ok: true, data, name };
    }
  }
  if (options.fetchRemote) {
    if (options.siteHost && hostOf(url) !== options.siteHost) return { ok: false, reason: 'ảnh ở máy chủ khác, không tải về' };
    return fromHost(url, options.fetchTimeoutMs ?? 10_000);
  }
  return { ok: false, reason: options.mediaDir ? 'không có trong thư mục ảnh' : 'không có thư mục ảnh' };
}
