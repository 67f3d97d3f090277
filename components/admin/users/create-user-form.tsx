'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { createUserAction } from '@/lib/actions/users';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { createUserSchema } from '@/lib/validation/users';
import { GeneratedPassword } from './generated-password';

const PASSWORD = ['password'];

export function CreateUserForm() {
  const { state, errors, onSubmit, pending, formRef, formKey, values } = useActionForm(createUserAction, { schema: createUserSchema, forget: PASSWORD });

  return (
    <div className="space-y-4">
      {state?.ok && state.data?.generatedPassword ? <GeneratedPassword password={state.data.generatedPassword} email={state.data.email} /> : null}
      <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
        <FormField
          key={`n-${values?.name ?? ''}`}
          label="Họ tên"
          name="name"
          required
          maxLength={120}
          defaultValue={values?.name ?? ''}
          errors={errors?.name}
        />
        <FormField
          key={`e-${values?.email ?? ''}`}
          label="Email"
          name="email"
          type="email"
          required
          defaultValue={values?.email ?? ''}
          errors={errors?.email}
        />
        <div>
          <label htmlFor="vai-tro-moi" className="block text-sm font-semibold">
            Vai trò
          </label>
          <select
            key={`r-${values?.role ?? ''}`}
            id="vai-tro-moi"
            name="role"
            defaultValue={values?.role ?? 'AUTHOR'}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          {errors?.role ? <p className="mt-1 text-sm text-red-700">{errors.role[0]}</p> : null}
        </div>
        <FormField
          label="Mật khẩu"
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={128}
          hint="Để trống để hệ thống tạo mật khẩu ngẫu nhiên (hiển thị một lần)."
          errors={errors?.password}
        />
        <div className="md:col-span-2">
          <Button type="submit" pending={pending}>
            Tạo tài khoản
          </Button>
        </div>
      </form>
    </div>
  );
}
