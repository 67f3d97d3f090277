// Shown for every failed sign-in, whatever the reason (never reveals whether an email exists).
export const SIGN_IN_FAILED_MESSAGE = 'Email hoặc mật khẩu không đúng, hoặc tài khoản tạm thời bị khóa.';

// The password was right and the account has two-factor sign-in: the form asks for a code and
// sends email, password and code again (lib/data/staff/sign-in.ts).
export const SECOND_FACTOR_REQUIRED_CODE = 'SecondFactorRequired';

/** A failed code step: the password was right, so this may say what went wrong. */
export const SECOND_FACTOR_FAILED_MESSAGE =
  'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng, hoặc tài khoản tạm thời bị khóa. Vui lòng nhập mã mới từ ứng dụng xác thực hoặc một mã khôi phục.';

// A sign-in refused before the password was checked because many attempts from the same network
// failed recently (lib/data/staff/sign-in.ts): says what happened and how long to wait. It
// reveals nothing about any account.
const ADDRESS_THROTTLED = /^AddressThrottled(\d{1,3})$/;

export function addressThrottledCode(retryAfterSeconds: number): string {
  return `AddressThrottled${Math.min(Math.max(1, Math.ceil(retryAfterSeconds)), 999)}`;
}

/** The Vietnamese message for a sign-in error code next-auth hands back. */
export function signInFailureMessage(code: string | null | undefined): string {
  const throttled = ADDRESS_THROTTLED.exec(code ?? '');
  if (throttled) {
    return `Có nhiều lần đăng nhập sai gần đây từ cùng mạng với bạn, nên mỗi lần thử phải chờ một lúc. Vui lòng thử lại sau ${throttled[1]} giây. Trình duyệt đã từng đăng nhập tài khoản này thì không phải chờ.`;
  }
  return SIGN_IN_FAILED_MESSAGE;
}
