'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useToast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/validation/media';

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form (delete, mark handled…) posting hidden fields to a server action, then refreshing the list. */
export function RowAction({ action, fields, label, confirm, variant = 'secondary' }: { action: FormAction; fields: Record<string, string>; label: string; confirm?: string; variant?: 'secondary' | 'danger' }) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_FORM_STATE);
  const toast = useToast();
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.at || handled.current === state.at) return;
    handled.current = state.at;
    if (state.ok) {
      toast.success(state.message ?? 'Đã lưu.');
      router.refresh();
    } else toast.error(state.message ?? 'Không thực hiện được.');
  }, [state, toast, router]);
  return (
    <form action={dispatch} className="inline">
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
