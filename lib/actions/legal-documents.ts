'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createLegalDocument, deleteLegalDocument, updateLegalDocument } from '@/lib/data/staff/legal-documents';
import { legalDocumentInputSchema } from '@/lib/validation/legal-document';
import { defineDeleteRecordAction, defineSaveRecordAction } from './record-actions';

const LEGAL_DOCUMENT = {
  permission: 'legalDocument.manage',
  invalidates: (id: string) => [cacheTags.legalDocuments, cacheTags.legalDocument(id)],
  gone: 'Văn bản không còn tồn tại.',
} as const;

/** Creates (no `id`) or updates a legal document from the admin form. */
export const saveLegalDocumentAction = defineSaveRecordAction(
  { ...LEGAL_DOCUMENT, schema: legalDocumentInputSchema, added: 'Đã thêm văn bản.', saved: 'Đã lưu văn bản.' },
  (id, input, user) => (id ? updateLegalDocument(id, input, user) : createLegalDocument(input, user)),
  (saved) => saved.document.id,
);

export const deleteLegalDocumentAction = defineDeleteRecordAction({ ...LEGAL_DOCUMENT, deleted: 'Đã xóa văn bản.' }, deleteLegalDocument);
