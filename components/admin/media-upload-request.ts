'use client';

import { formatBytes, UPLOAD_LIMITS, type UploadKind } from '@/lib/media/limits';
import type { PickedMedia } from '@/lib/media/types';

// Sends one file to POST /api/media/upload as a raw stream (XMLHttpRequest for the progress
// bar: a 500 MB video takes a while). The server sniffs and checks everything again; the size
// check here only spares the user a long wait for a certain refusal.

export interface UploadedMedia extends PickedMedia {
  originalName: string;
}

export type UploadOutcome = { ok: true; media: UploadedMedia } | { ok: false; error: string };

function largestLimit(accept: readonly UploadKind[]): number {
  return Math.max(...accept.map((kind) => UPLOAD_LIMITS[kind]));
}

export function uploadMediaFile(file: File, accept: readonly UploadKind[], onProgress?: (fraction: number) => void): Promise<UploadOutcome> {
  if (file.size === 0) return Promise.resolve({ ok: false, error: `“${file.name}”: tệp rỗng (0 byte), không có gì để tải lên.` });
  const limit = largestLimit(accept);
  if (file.size > limit) {
    return Promise.resolve({ ok: false, error: `“${file.name}” (${formatBytes(file.size)}) vượt quá giới hạn ${formatBytes(limit)}.` });
  }
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/media/upload?accept=${accept.join(',')}`);
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { ok?: boolean; media?: UploadedMedia; error?: string } | null;
      if (request.status === 201 && body?.ok && body.media) return resolve({ ok: true, media: body.media });
      if (request.status === 401) return resolve({ ok: false, error: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại rồi tải lên.' });
      if (request.status === 403 && !body?.error) return resolve({ ok: false, error: 'Bạn không có quyền tải tệp lên.' });
      resolve({ ok: false, error: `“${file.name}”: ${body?.error ?? 'Tải lên không thành công. Hãy thử lại.'}` });
    };
    request.onerror = () => resolve({ ok: false, error: `“${file.name}”: mất kết nối tới máy chủ khi tải lên. Hãy thử lại.` });
    request.send(file);
  });
}
