'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createMapDocument, deleteMapDocument, reorderMapDocuments, setMapDocumentPublished, updateMapDocument } from '@/lib/data/staff/map-documents';
import { mapDocumentInputSchema } from '@/lib/validation/map-document';
import { defineDeleteRecordAction, definePublishRecordAction, defineReorderRecordsAction, defineSaveRecordAction } from './record-actions';

const MAP = { permission: 'map.manage', invalidates: () => [cacheTags.maps], gone: 'Bản đồ không còn tồn tại.' } as const;

/** Creates (no `id`) or updates a map document from the form. */
export const saveMapDocumentAction = defineSaveRecordAction(
  { ...MAP, schema: mapDocumentInputSchema, added: 'Đã thêm bản đồ.', saved: 'Đã lưu bản đồ.' },
  (id, input, user) => (id ? updateMapDocument(id, input, user) : createMapDocument(input, user)),
  (saved) => saved.document.id,
);

export const deleteMapDocumentAction = defineDeleteRecordAction({ ...MAP, deleted: 'Đã xóa bản đồ.' }, deleteMapDocument);

export const setMapDocumentPublishedAction = definePublishRecordAction({ ...MAP, published: 'Đã xuất bản bản đồ.', hidden: 'Đã ẩn bản đồ.' }, setMapDocumentPublished);

export const reorderMapDocumentsAction = defineReorderRecordsAction({ permission: MAP.permission, invalidates: [cacheTags.maps] }, reorderMapDocuments);
