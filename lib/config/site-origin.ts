/** The configured public origin (SITE_URL), read at run time; null when unset or malformed. */
export function configuredOrigin(): string | null {
  const value = process.env.SITE_URL;
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
