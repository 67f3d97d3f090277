'use client';

/** Shows a generated password once; it is never stored in readable form and can't be shown again. */
export function GeneratedPassword({ password, email }: { password: string; email?: string }) {
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">Mật khẩu {email ? `của ${email} ` : ''}(chỉ hiển thị một lần, hãy sao chép và gửi an toàn cho người dùng):</p>
      <p className="mt-2 flex items-center gap-2">
        <code className="rounded bg-white px-2 py-1 font-mono text-base" data-generated-password>
          {password}
        </code>
        <button type="button" className="text-brand-700 underline" onClick={() => void navigator.clipboard?.writeText(password)}>
          Sao chép
        </button>
      </p>
    </div>
  );
}
