'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { saveOrganizationUnitAction } from '@/lib/actions/organization';
import { organizationUnitInputSchema } from '@/lib/validation/organization';
import { SelectField } from '../decree/select-field';
import { useActionForm } from '../use-action-form';
import { RecordForm } from '@/components/admin/record-form';

export interface UnitFormValues {
  id?: string;
  name: string;
  parentId: string | null;
  duties: string;
  head: string;
  phone: string;
  email: string;
  sortOrder: number;
  published: boolean;
}

/** One unit of the organisation chart (add or edit); `parents` are the units it may sit under. */
export function UnitForm({ initial, parents }: { initial: UnitFormValues; parents: readonly { id: string; label: string }[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveOrganizationUnitAction, {
    schema: organizationUnitInputSchema,
    successHref: '/quan-tri/co-cau-to-chuc',
  });
  const typed = (name: 'name' | 'duties' | 'head' | 'phone' | 'email' | 'sortOrder') => values?.[name] ?? String(initial[name]);
  return (
    <RecordForm key={formKey} label={initial.id ? `Sửa ${initial.name}` : 'Thêm đơn vị'} id={initial.id} failureMessage={failureMessage} onSubmit={onSubmit}>
      <FormField label="Tên đơn vị" name="name" required maxLength={200} defaultValue={typed('name')} errors={errors?.name} />
      <SelectField
        label="Trực thuộc"
        name="parentId"
        options={[{ value: '', label: '(Cấp cao nhất)' }, ...parents.map((parent) => ({ value: parent.id, label: parent.label }))]}
        defaultValue={values?.parentId ?? initial.parentId ?? ''}
        errors={errors?.parentId}
      />
      <FormField
        label="Người đứng đầu"
        name="head"
        maxLength={200}
        defaultValue={typed('head')}
        errors={errors?.head}
        hint="Ví dụ: Trưởng phòng Nguyễn Văn A."
      />
      <FormField label="Điện thoại" name="phone" type="tel" maxLength={50} defaultValue={typed('phone')} errors={errors?.phone} />
      <FormField label="Email" name="email" type="email" maxLength={254} defaultValue={typed('email')} errors={errors?.email} />
      <FormField label="Thứ tự" name="sortOrder" type="number" min={0} max={9999} defaultValue={typed('sortOrder')} errors={errors?.sortOrder} />
      <div className="sm:col-span-2">
        <FormField
          label="Chức năng, nhiệm vụ"
          name="duties"
          multiline
          rows={4}
          maxLength={4000}
          defaultValue={typed('duties')}
          errors={errors?.duties}
          hint="Mỗi nhiệm vụ một dòng."
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Hiện trên sơ đồ tổ chức
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {initial.id ? 'Lưu' : 'Thêm đơn vị'}
        </Button>
      </div>
    </RecordForm>
  );
}
