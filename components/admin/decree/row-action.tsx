'use client';

import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { ActionResult } from '@/lib/actions/action-result';
import { useActionForm } from '../use-action-form';

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A one-button form (delete, mark handled…) posting hidden fields to a server action, then refreshing the list. */
export function RowAction({
  action,
  fields,
  label,
  confirm,
  variant = 'secondary',
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: 'secondary' | 'danger';
}) {
  const { onSubmit, pending } = useActionForm(action, { refresh: true });
  return (
    <form onSubmit={onSubmit} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmButton size="sm" variant={variant} confirmMessage={confirm} pending={pending}>
          {label}
        </ConfirmButton>
      ) : (
        <Button type="submit" size="sm" variant={variant} pending={pending}>
          {label}
        </Button>
      )}
    </form>
  );
}
