// Redis names shared by the 'use cache' handler (lib/cache/cache-handler.mjs, which repeats this
// logic because Next loads it as plain JavaScript) and the server's page-cache subscription.

export function redisPrefix(): string {
  return `ccn:${process.env.NEXT_DEPLOYMENT_ID || 'default'}:`;
}

export function invalidationChannel(): string {
  return `${redisPrefix()}invalidate`;
}
