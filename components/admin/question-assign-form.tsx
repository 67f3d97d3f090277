'use client';

import { useActionForm } from './use-action-form';
import { Button } from '@/components/ui/button';
import { assignQuestionAction } from '@/lib/actions/questions';

/** Assigns the question to one of the staff who may answer. */
export function QuestionAssignForm({ id, assigneeId, staff }: { id: string; assigneeId: string | null; staff: { id: string; name: string }[] }) {
  const { onSubmit, pending, formRef } = useActionForm(assignQuestionAction, { onSuccess: () => undefined });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label="Giao xử lý">
      <input type="hidden" name="id" value={id} />
      <label className="block text-sm font-semibold text-slate-800">
        Cán bộ xử lý
        <select name="assigneeId" defaultValue={assigneeId ?? ''} className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2">
          <option value="">Tôi nhận xử lý</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" size="sm" variant="secondary" pending={pending}>
        Giao xử lý
      </Button>
    </form>
  );
}
