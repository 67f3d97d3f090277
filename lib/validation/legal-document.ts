import { z } from 'zod';
import { LEGAL_DOCUMENT_TYPES } from '@/lib/decree/legal-documents';
import { optionalText, requiredText } from './common';

// The legal-document form (admin), shared by the browser and the server action. Dates come from
// <input type="date"> (YYYY-MM-DD); attachments are one comma-separated list of media ids.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(label: string) {
  return z
    .string()
    .trim()
    .refine((value) => value === '' || (DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), `${label} không hợp lệ.`)
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));
}

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const idList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : (value ?? []),
  z.array(z.uuid('Tệp đính kèm không hợp lệ.')).max(10, 'Tối đa 10 tệp đính kèm.'),
);

export const legalDocumentInputSchema = z
  .object({
    documentType: z.enum(LEGAL_DOCUMENT_TYPES, 'Vui lòng chọn loại văn bản.'),
    number: requiredText('Số ký hiệu', 100),
    issuingBody: requiredText('Cơ quan ban hành', 200),
    signer: optionalText('Người ký', 200),
    issuedOn: day('Ngày ban hành').pipe(z.date('Vui lòng nhập ngày ban hành.')),
    effectiveOn: day('Ngày hiệu lực'),
    expiresOn: day('Ngày hết hiệu lực'),
    replacedById: z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Văn bản thay thế không hợp lệ.').nullable()),
    summary: requiredText('Trích yếu', 2000),
    field: optionalText('Lĩnh vực', 200),
    attachmentIds: idList,
    published: checkbox.default(false),
  })
  .superRefine((value, context) => {
    if (value.issuedOn && value.effectiveOn && value.effectiveOn < value.issuedOn) {
      context.addIssue({ code: 'custom', path: ['effectiveOn'], message: 'Ngày hiệu lực không được trước ngày ban hành.' });
    }
    const from = value.effectiveOn ?? value.issuedOn;
    if (from && value.expiresOn && value.expiresOn <= from) {
      context.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
    }
  });

export type LegalDocumentInput = z.output<typeof legalDocumentInputSchema>;
