// Shapes shared by the pipeline, the DAL and the browser (kept free of server imports).

export type VariantFormat = 'webp' | 'avif';

export interface MediaVariant {
  width: number;
  format: VariantFormat;
  key: string;
  bytes: number;
}

/** What the pipeline stored, ready to become a Media row. */
export interface StoredUpload {
  storageKey: string;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
}

/** What the MediaPicker hands back to forms and the editor. */
export interface PickedMedia {
  id: string;
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  mimeType: string;
}

/** A chosen library file as a form field shows it. */
export interface MediaFieldValue {
  id: string;
  url: string;
  mimeType: string;
  /** A small preview for images (null for video/PDF). */
  thumbnailUrl: string | null;
  label: string;
}
