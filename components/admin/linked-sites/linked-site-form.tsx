'use client';

import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { createLinkedSiteAction, updateLinkedSiteAction } from '@/lib/actions/linked-sites';
import { linkedSiteSchema } from '@/lib/validation/linked-sites';
import { InlineFormButtons } from '@/components/admin/inline-form-buttons';

interface Props {
  site?: { id: string; name: string; url: string };
  onDone?: () => void;
}

/** Add (no `site`) or edit form; validated with the same zod schema in the browser and on the server. */
export function LinkedSiteForm({ site, onDone }: Props) {
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(site ? updateLinkedSiteAction : createLinkedSiteAction, {
    schema: linkedSiteSchema,
    onSuccess: site ? onDone : undefined,
  });
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      {site ? <input type="hidden" name="id" value={site.id} /> : null}
      <FormField
        key={`name-${values?.name ?? site?.name ?? ''}`}
        label="Tên website"
        name="name"
        required
        maxLength={200}
        defaultValue={values?.name ?? site?.name ?? ''}
        errors={errors?.name}
      />
      <FormField
        key={`url-${values?.url ?? site?.url ?? ''}`}
        label="Địa chỉ (URL)"
        name="url"
        type="url"
        required
        inputMode="url"
        placeholder="https://"
        defaultValue={values?.url ?? site?.url ?? ''}
        errors={errors?.url}
      />
      <InlineFormButtons editing={Boolean(site)} addLabel="Thêm website" pending={pending} onCancel={onDone} className="sm:pt-6" />
    </form>
  );
}
