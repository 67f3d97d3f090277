'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { SelectField } from '@/components/admin/decree/select-field';
import { inviteUserAction } from '@/lib/actions/invitations';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { inviteUserSchema } from '@/lib/validation/users';

/** Invite by email and role: the invitee sets their own password from the mailed link. */
export function InviteUserForm() {
  const { state, errors, values, pending, onSubmit, formKey } = useActionForm(inviteUserAction, { schema: inviteUserSchema });
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {state && !state.ok && state.message ? (
        <div className="sm:col-span-2">
          <FormError message={state.message} />
        </div>
      ) : null}
      <FormField label="Họ tên người được mời" name="name" required maxLength={120} defaultValue={values?.name ?? ''} errors={errors?.name} />
      <FormField label="Email người được mời" name="email" type="email" required maxLength={254} defaultValue={values?.email ?? ''} errors={errors?.email} />
      <SelectField
        label="Vai trò"
        name="role"
        required
        defaultValue={values?.role ?? 'AUTHOR'}
        errors={errors?.role}
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      />
      <div className="flex items-end">
        <Button type="submit" pending={pending}>
          {pending ? 'Đang gửi…' : 'Gửi thư mời'}
        </Button>
      </div>
    </form>
  );
}
