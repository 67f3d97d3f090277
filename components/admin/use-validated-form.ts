'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { z } from 'zod';
import { useActionToast } from '@/components/admin/use-action-toast';
import { formValues, invalid, type ActionState } from '@/lib/validation/action-state';

export interface ValidatedFormOptions {
  /** Called after a successful save instead of clearing the form (inline edit forms close). */
  onSuccess?: () => void;
  /** Fields never sent back into the form after an error (passwords). */
  forget?: readonly string[];
}

/**
 * A form that checks its fields with the same zod schema as its server action before sending
 * (errors appear at once, field by field, and nothing typed is lost), toasts the outcome, and
 * clears itself or calls `onSuccess` when the save went through.
 */
export function useValidatedForm<Data>(
  schema: z.ZodType,
  fields: readonly string[],
  action: (previous: ActionState<Data> | null, formData: FormData) => Promise<ActionState<Data>>,
  options: ValidatedFormOptions = {},
) {
  const [state, formAction, pending] = useActionState(async (previous: ActionState<Data> | null, formData: FormData): Promise<ActionState<Data>> => {
    const values = formValues(formData, fields);
    const parsed = schema.safeParse(values);
    if (parsed.success) return action(previous, formData);
    for (const field of options.forget ?? []) values[field] = '';
    return invalid<Data>(parsed.error, values);
  }, null);
  useActionToast(state);
  const formRef = useRef<HTMLFormElement>(null);
  const { onSuccess } = options;
  useEffect(() => {
    if (!state?.ok) return;
    if (onSuccess) onSuccess();
    else formRef.current?.reset();
  }, [state, onSuccess]);
  return { state, formAction, pending, formRef, values: state && !state.ok ? state.values : undefined };
}
