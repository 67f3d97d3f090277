'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createMapDocument, deleteMapDocument, reorderMapDocuments, setMapDocumentPublished, updateMapDocument } from '@/lib/data/staff/map-documents';
import { mapDocumentInputSchema } from '@/lib/validation/map-document';
import { recordActions } from './record-actions';

// The administrative map's documents (an image or a PDF each), in the order readers see them:
// every change shows on /ban-do-hanh-chinh.
const mapPage = [cacheTags.maps];
const maps = recordActions({ permission: 'map.manage', noun: 'bản đồ', invalidates: () => mapPage });

export const saveMapDocumentAction = maps.save(mapDocumentInputSchema, { create: createMapDocument, update: updateMapDocument }, 'document');
export const deleteMapDocumentAction = maps.remove(deleteMapDocument);
export const setMapDocumentPublishedAction = maps.publish(setMapDocumentPublished);
export const reorderMapDocumentsAction = maps.reorder(reorderMapDocuments, mapPage);
