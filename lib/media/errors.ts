import { UPLOAD_LIMITS, MAX_INPUT_PIXELS, type UploadKind } from './limits.ts';

/** An upload refused for a reason the uploader can act on; the message is shown as is. */
export class MediaRejectedError extends Error {
  constructor(
    message: string,
    /** HTTP status for the upload route: 413 too large, 415 wrong type, 422 unreadable content, 503 busy. */
    readonly status: 400 | 413 | 415 | 422 | 503 = 422,
  ) {
    super(message);
    this.name = 'MediaRejectedError';
  }
}

const KIND_LABELS: Record<UploadKind, string> = {
  image: 'ảnh JPEG, PNG, WebP hoặc GIF (tối đa 10 MB)',
  video: 'video MP4 (tối đa 500 MB)',
  pdf: 'tài liệu PDF (tối đa 50 MB)',
  office: 'văn bản Word DOC hoặc DOCX (tối đa 20 MB)',
};

const KIND_NOUNS: Record<UploadKind, string> = { image: 'ảnh', video: 'video', pdf: 'tài liệu PDF', office: 'văn bản Word' };

export function acceptedKindsLabel(kinds: readonly UploadKind[]): string {
  return kinds.map((kind) => KIND_LABELS[kind]).join(', ');
}

export const rejections = {
  empty: () => new MediaRejectedError('Tệp rỗng (0 byte): không có gì để tải lên.', 400),
  svg: () => new MediaRejectedError('Không nhận tệp SVG vì có thể chứa mã chạy được. Hãy xuất hình sang PNG hoặc JPEG rồi tải lên.', 415),
  unsupported: (kinds: readonly UploadKind[]) =>
    new MediaRejectedError(
      `Định dạng tệp không được hỗ trợ (nội dung tệp được kiểm tra, không dựa vào tên hay đuôi tệp). Chỉ nhận: ${acceptedKindsLabel(kinds)}.`,
      415,
    ),
  notAcceptedHere: (kinds: readonly UploadKind[]) => new MediaRejectedError(`Ở đây chỉ nhận: ${acceptedKindsLabel(kinds)}.`, 415),
  tooLarge: (kind: UploadKind) => new MediaRejectedError(`Tệp quá lớn: ${KIND_NOUNS[kind]} tối đa ${UPLOAD_LIMITS[kind] / (1024 * 1024)} MB.`, 413),
  tooManyPixels: (width: number, height: number) =>
    new MediaRejectedError(`Ảnh có kích thước quá lớn (${width} × ${height} điểm ảnh); tối đa ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh.`, 413),
  corruptImage: () => new MediaRejectedError('Tệp ảnh bị hỏng hoặc không đầy đủ nên không đọc được. Hãy kiểm tra lại tệp gốc.', 422),
  badMp4: () => new MediaRejectedError('Tệp không phải video MP4 hợp lệ: cấu trúc tệp không đúng định dạng MP4 hoặc tệp bị cắt cụt.', 422),
  badOffice: () => new MediaRejectedError('Tệp không phải văn bản Word (DOC, DOCX) hợp lệ hoặc bị cắt cụt.', 422),
  officeInflatesTooMuch: (limit: number) =>
    new MediaRejectedError(
      `Văn bản Word này khi giải nén lớn hơn ${limit / (1024 * 1024)} MB (hoặc bị hỏng) nên không được nhận. Hãy lưu lại tệp bằng Word rồi tải lên.`,
      422,
    ),
  badPdf: () => new MediaRejectedError('Tệp không phải tài liệu PDF hợp lệ hoặc bị cắt cụt.', 422),
  incomplete: () => new MediaRejectedError('Tải lên bị gián đoạn: dung lượng nhận được không khớp. Hãy thử lại.', 400),
};
