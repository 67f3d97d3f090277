'use client';

import { FormError, FormField } from '@/components/ui/form-field';
import { savePhotoAlbumAction } from '@/lib/actions/photo-albums';
import { photoAlbumInputSchema } from '@/lib/validation/photo-album';
import { PublishAndSave, TitleSlugFields } from '../title-slug-fields';
import { useActionForm } from '../use-action-form';
import { AlbumImagesField, type AlbumImageValue } from './album-images-field';

export interface PhotoAlbumFormValues {
  id?: string;
  title: string;
  slug: string;
  description: string;
  coverMediaId: string | null;
  published: boolean;
  images: AlbumImageValue[];
}

/** Create or edit a photo album: its name and address, description, images in order, cover. */
export function PhotoAlbumForm({ initial }: { initial: PhotoAlbumFormValues }) {
  const { errors, failureMessage, pending, onSubmit, formKey } = useActionForm(savePhotoAlbumAction, {
    schema: photoAlbumInputSchema,
    successHref: '/quan-tri/thu-vien-anh',
  });
  const editing = Boolean(initial.id);
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-4xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <TitleSlugFields
        label="Tên album"
        name="title"
        maxLength={200}
        defaultTitle={initial.title}
        initialSlug={initial.slug}
        editing={editing}
        addressPrefix="/thu-vien-anh/"
        errors={errors}
      />
      <FormField label="Mô tả" name="description" multiline rows={3} maxLength={2000} defaultValue={initial.description} errors={errors?.description} />
      <AlbumImagesField initialImages={initial.images} initialCover={initial.coverMediaId} errors={errors} />
      <PublishAndSave published={initial.published} pending={pending} editing={editing} noun="album" publishLabel="Xuất bản (hiện trên Thư viện ảnh)" />
    </form>
  );
}
