// Shown for every failed sign-in, whatever the reason (never reveals whether an email exists).
export const SIGN_IN_FAILED_MESSAGE = 'Email hoặc mật khẩu không đúng, hoặc tài khoản tạm thời bị khóa.';
