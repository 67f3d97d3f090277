import type { FormEventHandler, ReactNode } from 'react';
import { FormError } from '@/components/ui/form-field';

interface RecordFormProps {
  /** Names the form for assistive technology ("Sửa …", "Thêm …"). */
  label: string;
  /** The record being edited; none when adding. */
  id?: string;
  failureMessage?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}

/** The two-column card of a record's add/edit form: the record's id, the form-wide error, then the fields. */
export function RecordForm({ label, id, failureMessage, onSubmit, children }: RecordFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2" aria-label={label}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {failureMessage ? (
        <div className="sm:col-span-2">
          <FormError message={failureMessage} />
        </div>
      ) : null}
      {children}
    </form>
  );
}
