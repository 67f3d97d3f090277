'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createLegalDocument, deleteLegalDocument, updateLegalDocument } from '@/lib/data/staff/legal-documents';
import { legalDocumentInputSchema } from '@/lib/validation/legal-document';
import { recordActions } from './record-actions';

// A legal document has a page of its own, so its own tag expires with the list's.
const legalDocuments = recordActions({
  permission: 'legalDocument.manage',
  noun: 'văn bản',
  invalidates: (id) => [cacheTags.legalDocuments, cacheTags.legalDocument(id)],
});

/** Creates (no `id`) or updates a legal document from the admin form. */
export const saveLegalDocumentAction = legalDocuments.save(legalDocumentInputSchema, { create: createLegalDocument, update: updateLegalDocument }, 'document');
export const deleteLegalDocumentAction = legalDocuments.remove(deleteLegalDocument);
