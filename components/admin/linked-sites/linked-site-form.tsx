'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionToast } from '@/components/admin/use-action-toast';
import { createLinkedSiteAction, updateLinkedSiteAction } from '@/lib/actions/linked-sites';
import type { ActionState } from '@/lib/validation/action-state';
import { linkedSiteSchema } from '@/lib/validation/linked-sites';
import { z } from 'zod';

interface Props {
  site?: { id: string; name: string; url: string };
  onDone?: () => void;
}

/** Add (no `site`) or edit form; validated with the same zod schema in the browser and on the server. */
export function LinkedSiteForm({ site, onDone }: Props) {
  const action = site ? updateLinkedSiteAction : createLinkedSiteAction;
  const [state, formAction, pending] = useActionState(async (prev: ActionState | null, formData: FormData): Promise<ActionState> => {
    const parsed = linkedSiteSchema.safeParse({ name: formData.get('name'), url: formData.get('url') });
    if (!parsed.success) {
      return {
        ok: false,
        message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
        errors: z.flattenError(parsed.error).fieldErrors,
        values: { name: String(formData.get('name') ?? ''), url: String(formData.get('url') ?? '') },
      };
    }
    return action(prev, formData);
  }, null);
  useActionToast(state);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!state?.ok) return;
    if (site) onDone?.();
    else formRef.current?.reset();
  }, [state, site, onDone]);

  const values = state && !state.ok ? state.values : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      {site ? <input type="hidden" name="id" value={site.id} /> : null}
      <FormField key={`name-${values?.name ?? site?.name ?? ''}`} label="Tên website" name="name" required maxLength={200} defaultValue={values?.name ?? site?.name ?? ''} errors={state?.errors?.name} />
      <FormField
        key={`url-${values?.url ?? site?.url ?? ''}`}
        label="Địa chỉ (URL)"
        name="url"
        type="url"
        required
        inputMode="url"
        placeholder="https://"
        defaultValue={values?.url ?? site?.url ?? ''}
        errors={state?.errors?.url}
      />
      <div className="flex gap-2 sm:pt-6">
        <Button type="submit" pending={pending}>
          {site ? 'Lưu' : 'Thêm website'}
        </Button>
        {site ? (
          <Button variant="secondary" onClick={onDone}>
            Hủy
          </Button>
        ) : null}
      </div>
    </form>
  );
}
