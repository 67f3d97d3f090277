// Password length rules, importable from client forms (lib/auth/password.ts pulls in argon2).
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
