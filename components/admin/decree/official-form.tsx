'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { saveOfficialAction } from '@/lib/actions/officials';
import { officialInputSchema } from '@/lib/validation/contact';
import { useActionForm } from '../use-action-form';
import { CommuneSelectField, type CommuneChoice } from '../communes/commune-select-field';
import { MediaField, type MediaFieldValue } from '../media-field';
import { RecordForm } from '@/components/admin/record-form';

export interface OfficialFormValues {
  id?: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  sortOrder: number;
  published: boolean;
  communeId: string | null;
  leader: boolean;
  duties: string;
  bio: string;
  photo: MediaFieldValue | null;
}

/** One official (add or edit): on /lien-he when published, and a leader's profile on /gioi-thieu/lanh-dao when marked. */
export function OfficialForm({ initial, communes }: { initial: OfficialFormValues; communes: readonly CommuneChoice[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveOfficialAction, {
    schema: officialInputSchema,
    successHref: '/quan-tri/can-bo',
  });
  const typed = (name: 'name' | 'position' | 'phone' | 'email' | 'sortOrder' | 'duties' | 'bio') => values?.[name] ?? String(initial[name]);
  return (
    <RecordForm
      key={formKey}
      label={initial.id ? `Sửa ${initial.name}` : 'Thêm cán bộ đầu mối'}
      id={initial.id}
      failureMessage={failureMessage}
      onSubmit={onSubmit}
    >
      <FormField label="Họ và tên" name="name" required maxLength={120} defaultValue={typed('name')} errors={errors?.name} />
      <FormField label="Chức vụ" name="position" required maxLength={200} defaultValue={typed('position')} errors={errors?.position} />
      <FormField label="Điện thoại" name="phone" type="tel" maxLength={50} defaultValue={typed('phone')} errors={errors?.phone} />
      <FormField label="Email" name="email" type="email" maxLength={254} defaultValue={typed('email')} errors={errors?.email} />
      <CommuneSelectField communes={communes} defaultValue={values?.communeId ?? initial.communeId ?? ''} errors={errors?.communeId} />
      <FormField label="Thứ tự" name="sortOrder" type="number" min={0} max={9999} defaultValue={typed('sortOrder')} errors={errors?.sortOrder} />
      <label className="flex items-center gap-2 self-end pb-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Hiện trên trang Liên hệ
      </label>
      <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:col-span-2">
        <legend className="px-1 text-sm font-semibold text-slate-800">Hồ sơ lãnh đạo (trang Giới thiệu › Lãnh đạo)</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="leader" defaultChecked={initial.leader} />
          Là lãnh đạo Trung tâm (hiện trên trang Lãnh đạo khi được hiện công khai)
        </label>
        <MediaField name="photoId" label="Ảnh chân dung" accept={['image']} initial={initial.photo} errors={errors?.photoId} />
        <FormField
          label="Nhiệm vụ được phân công"
          name="duties"
          multiline
          rows={4}
          maxLength={4000}
          defaultValue={typed('duties')}
          errors={errors?.duties}
          hint="Mỗi nhiệm vụ một dòng."
        />
        <FormField
          label="Tóm tắt quá trình công tác"
          name="bio"
          multiline
          rows={4}
          maxLength={4000}
          defaultValue={typed('bio')}
          errors={errors?.bio}
          hint="Mỗi mốc một dòng, ví dụ: 2015–2020: Phó Giám đốc Trung tâm."
        />
      </fieldset>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {initial.id ? 'Lưu' : 'Thêm cán bộ'}
        </Button>
      </div>
    </RecordForm>
  );
}
