'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import type { FieldErrors } from '@/lib/actions/action-result';
import { slugify } from '@/lib/content/slugify';

interface TitleSlugFieldsProps {
  /** The title field: its label, form name and length limit. */
  label: string;
  name: string;
  maxLength: number;
  defaultTitle: string;
  initialSlug: string;
  /** An existing record keeps its address unless the editor changes it by hand. */
  editing: boolean;
  /** The public address the slug goes under, e.g. `/du-an/`. */
  addressPrefix: string;
  errors: FieldErrors | null | undefined;
}

/** A record's name and its address: the slug follows the typed name until edited by hand. */
export function TitleSlugFields({ label, name, maxLength, defaultTitle, initialSlug, editing, addressPrefix, errors }: TitleSlugFieldsProps) {
  const [slug, setSlug] = useState(initialSlug);
  const [slugTouched, setSlugTouched] = useState(editing);
  return (
    <>
      <FormField
        label={label}
        name={name}
        required
        maxLength={maxLength}
        defaultValue={defaultTitle}
        errors={errors?.[name]}
        onChange={(event) => !slugTouched && setSlug(slugify(event.target.value))}
      />
      <FormField
        label="Đường dẫn (slug)"
        name="slug"
        required
        maxLength={120}
        value={slug}
        errors={errors?.slug}
        hint={`Địa chỉ: ${addressPrefix}${slug || '…'}`}
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.target.value);
        }}
      />
    </>
  );
}

interface PublishAndSaveProps {
  published: boolean;
  pending: boolean;
  editing: boolean;
  /** What is saved, for the button ("Lưu thủ tục"); plain "Lưu"/"Thêm" without it. */
  noun?: string;
  /** Says where publishing shows the record, when the form wants to. */
  publishLabel?: string;
}

/** The "Xuất bản" checkbox and the save button that end every record form. */
export function PublishAndSave({ published, pending, editing, noun, publishLabel = 'Xuất bản' }: PublishAndSaveProps) {
  const verb = editing ? 'Lưu' : 'Thêm';
  return (
    <>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={published} />
        {publishLabel}
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : noun ? `${verb} ${noun}` : verb}
      </Button>
    </>
  );
}
