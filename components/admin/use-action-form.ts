'use client';

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { useToast } from '@/components/ui/toast';
import type { ActionResult, FieldErrors } from '@/lib/actions/action-result';

export interface ActionFormOptions<Data> {
  /** The action's own zod schema: checked in the browser first, so errors appear without a round trip. */
  schema?: z.ZodType;
  /** After success: go here (and refresh), e.g. back to the list. */
  successHref?: string;
  /** After success instead of resetting the form (inline edit forms close). */
  onSuccess?: (result: ActionResult<Data>) => void;
  /** After success, re-render the page's server components (a row's delete or publish button). */
  refresh?: boolean;
  /** Fields emptied after a failed save (passwords are never left typed in the page). */
  forget?: readonly string[];
}

type FormAction<Data> = (previous: ActionResult<Data> | null, formData: FormData) => Promise<ActionResult<Data>>;

/**
 * The one form hook of the admin: submits through a server action built with `defineAction`,
 * checks with the same schema in the browser first, toasts each result once, keeps every typed
 * value (and picked file) after an error, and after success resets, navigates or calls back.
 * The form is submitted from onSubmit, not the `action` prop, so React does not reset it.
 */
export function useActionForm<Data = undefined>(action: FormAction<Data>, options: ActionFormOptions<Data> = {}) {
  const [state, dispatch] = useActionState(action, null);
  const [pending, startTransition] = useTransition();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const toast = useToast();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const handled = useRef<number | undefined>(undefined);
  // Bumped after a success: a form keyed by it remounts empty (Next keeps visited pages alive).
  const [formKey, setFormKey] = useState(0);
  if (state?.ok && state.at !== formKey && !options.onSuccess && !options.successHref) setFormKey(state.at);

  const { onSuccess, successHref, refresh, forget } = options;
  useEffect(() => {
    if (!state || handled.current === state.at) return;
    handled.current = state.at;
    if (!state.ok) {
      toast.error(state.message);
      for (const name of forget ?? []) {
        const field = formRef.current?.elements.namedItem(name);
        if (field instanceof HTMLInputElement) field.value = '';
      }
      return;
    }
    toast.success(state.message);
    if (onSuccess) onSuccess(state);
    else if (successHref) router.push(successHref);
    else formRef.current?.reset();
    if (successHref || refresh) router.refresh();
  }, [state, toast, router, onSuccess, successHref, refresh, forget]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    if (options.schema) {
      const values = Object.fromEntries(Array.from(formData.entries()).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const parsed = options.schema.safeParse(values);
      if (!parsed.success) {
        const errors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
        setClientErrors(errors);
        toast.error('Chưa lưu được: hãy sửa các ô được đánh dấu.');
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  const errors = clientErrors ?? (state && !state.ok ? state.errors : undefined);
  const values = state && !state.ok ? state.values : undefined;
  /** Why a save failed when no field says it (the record is gone…), for a banner above the form. */
  const failureMessage = state && !state.ok && !state.errors ? state.message : undefined;
  return { state, errors, values, failureMessage, pending, onSubmit, formRef, formKey };
}

/**
 * The same for actions called directly rather than by a form (reorder, a role picked from a
 * list): runs one call at a time in a transition, toasts its answer, and reports success.
 */
export function useActionCall() {
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const router = useRouter();

  function run<Data>(call: () => Promise<ActionResult<Data>>, options: { refresh?: boolean; onDone?: (result: ActionResult<Data>) => void } = {}): void {
    startTransition(async () => {
      const result = await call();
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
      if (result.ok && options.refresh) router.refresh();
      options.onDone?.(result);
    });
  }

  return { run, pending };
}
