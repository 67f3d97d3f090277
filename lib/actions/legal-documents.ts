'use server';

import { requirePermission } from '@/lib/auth/current-user';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/data/cache-tags';
import { createLegalDocument, deleteLegalDocument, updateLegalDocument } from '@/lib/data/staff/legal-documents';
import { legalDocumentInputSchema } from '@/lib/validation/legal-document';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = ['id', 'documentType', 'number', 'issuingBody', 'signer', 'issuedOn', 'effectiveOn', 'expiresOn', 'replacedById', 'summary', 'field', 'attachmentIds', 'published'] as const;

function invalidate(id: string): void {
  invalidatePublicContent([cacheTags.legalDocuments, cacheTags.legalDocument(id)]);
}

/** Creates (no `id`) or updates a legal document from the admin form. */
export async function saveLegalDocumentAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('legalDocument.manage');
  const values = formValues(formData, FIELDS);
  const parsed = legalDocumentInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim();
  const result = id ? await updateLegalDocument(id, parsed.data, user) : await createLegalDocument(parsed.data, user);
  if (!result.ok) {
    if (result.reason === 'notFound') return { ok: false, message: 'Văn bản không còn tồn tại.', values, at: Date.now() };
    return { ok: false, errors: result.errors, values, at: Date.now() };
  }
  invalidate(result.document.id);
  return { ok: true, message: id ? 'Đã lưu văn bản.' : 'Đã thêm văn bản.', values: { id: result.document.id }, at: Date.now() };
}

export async function deleteLegalDocumentAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('legalDocument.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteLegalDocument(id.data, user))) return { ok: false, message: 'Văn bản không còn tồn tại.', at: Date.now() };
  invalidate(id.data);
  return { ok: true, message: 'Đã xóa văn bản.', at: Date.now() };
}
