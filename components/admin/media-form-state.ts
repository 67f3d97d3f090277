'use client';

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { useToast } from '@/components/ui/toast';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/validation/media';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Submits a form through a server action after checking it with the same zod schema in the
 * browser. The form is submitted from onSubmit (not the `action` prop) so React does not reset
 * it: after an error every typed value, including picked files, is still there.
 */
export function useValidatedForm(action: FormAction, schema: z.ZodType, successHref: string) {
  const [state, dispatch] = useActionState(action, INITIAL_FORM_STATE);
  const [pending, startTransition] = useTransition();
  const [clientErrors, setClientErrors] = useState<FormState['errors'] | null>(null);
  const toast = useToast();
  const router = useRouter();
  const handled = useRef<number | undefined>(undefined);
  // Bumped after a successful save: the form remounts empty (Next keeps visited pages alive, so
  // coming back to "Thêm …" must not show the previous entry).
  const [formKey, setFormKey] = useState(0);
  if (state.ok && state.at && state.at !== formKey) setFormKey(state.at);

  useEffect(() => {
    if (!state.at || handled.current === state.at) return;
    handled.current = state.at;
    if (state.ok) {
      toast.success(state.message ?? 'Đã lưu.');
      router.push(successHref);
      router.refresh();
    } else {
      toast.error(state.message ?? 'Chưa lưu được: hãy sửa các ô được đánh dấu.');
    }
  }, [state, toast, router, successHref]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const values = Object.fromEntries(Array.from(formData.entries()).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        (errors[key] ??= []).push(issue.message);
      }
      setClientErrors(errors);
      toast.error('Chưa lưu được: hãy sửa các ô được đánh dấu.');
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  const errors = clientErrors ?? (state.ok ? undefined : state.errors);
  return { state, errors, pending, onSubmit, formKey };
}
