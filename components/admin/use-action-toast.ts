'use client';

import { useEffect } from 'react';
import { useToast } from '@/components/ui/toast';
import type { ActionState } from '@/lib/validation/action-state';

/** Toasts an action's outcome once per new result (useActionState hands a new object each time). */
export function useActionToast(state: ActionState<unknown> | null): void {
  const toast = useToast();
  useEffect(() => {
    if (!state) return;
    if (state.ok) toast.success(state.message);
    else toast.error(state.message);
  }, [state, toast]);
}
