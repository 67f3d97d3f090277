import 'server-only';
import { z } from 'zod';
import { refresh as refreshClientRouter } from 'next/cache';
import { requirePermission, type SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { failure, INVALID_FIELDS_MESSAGE, type ActionResult, type FieldErrors } from './action-result';
import { withoutNul } from './form-input';

// The one way to write a server action (in the spirit of dub's `authActionClient`): the
// definition names its permission and its zod schema where the action is written, and this
// wrapper does the rest in one order for every action:
//   decode the input → requirePermission → validate (Vietnamese field errors, values kept)
//   → handler (DAL call, which writes the audit entry with the actor) → invalidate on success.
// A server action can be POSTed directly with any arguments, so nothing here trusts the shape
// of what arrives: a missing or foreign argument decodes to an empty object and fails validation.

/** A permission of the registry, or 'public' for what anyone may call (the contact form). */
export type ActionAccess = Permission | 'public';

export interface ActionContext<Access extends ActionAccess = Permission> {
  /** The signed-in caller holding the permission; null for a 'public' action. */
  user: Access extends 'public' ? null : SessionUser;
}

export interface ActionDefinition<Schema extends z.ZodType, Data, Access extends ActionAccess = ActionAccess> {
  /** The permission the caller's role must hold (lib/auth/permissions.ts), or 'public'. */
  permission: Access;
  /** Validates the decoded input; its messages are what the form shows. */
  schema: Schema;
  /**
   * Cache tags to expire when the handler succeeded: a list, or a function of the parsed input
   * and the result's data (for tags that name the saved row).
   */
  invalidates?: readonly string[] | ((input: z.output<Schema>, data: Data | undefined) => readonly string[]);
  /**
   * Message when validation fails; the default asks to fix the marked fields. A function gets
   * the field errors (an action called without a form answers with the first one).
   */
  invalidMessage?: string | ((errors: FieldErrors) => string);
  /** After success, re-render the admin page the action was called from (lists edited in place). */
  refresh?: boolean;
  /** The only typed fields handed back on failure (default: every text field of the form; [] for none). */
  echo?: readonly string[];
  /** Typed fields handed back empty on failure (passwords). */
  forget?: readonly string[];
}

export type ActionHandler<Schema extends z.ZodType, Data, Access extends ActionAccess = Permission> = (
  input: z.output<Schema>,
  context: ActionContext<Access>,
) => Promise<ActionResult<Data>>;

/**
 * The server action itself. It accepts both ways React calls an action: `(previousState,
 * formData)` from `useActionState` / `<form action>`, and `(input)` from a direct call.
 */
export type ServerAction<Data> = (first?: unknown, second?: unknown) => Promise<ActionResult<Data>>;

const definitions = new WeakMap<ServerAction<unknown>, ActionDefinition<z.ZodType, unknown>>();

/** What an action declared about itself: the access-matrix test reads the permission here. */
export function actionDefinitionOf(action: unknown): ActionDefinition<z.ZodType, unknown> | undefined {
  return typeof action === 'function' ? definitions.get(action as ServerAction<unknown>) : undefined;
}

export function defineAction<Schema extends z.ZodType, Data = undefined, Access extends ActionAccess = Permission>(
  definition: ActionDefinition<Schema, Data, Access>,
  handler: ActionHandler<Schema, Data, Access>,
): ServerAction<Data> {
  const action: ServerAction<Data> = async (first, second) => {
    const raw = decodeActionInput(first, second);
    const values = echoedValues(raw.values, definition);
    const user = await callerFor(definition.permission);
    const parsed = definition.schema.safeParse(raw.input);
    if (!parsed.success) {
      const errors = z.flattenError(parsed.error);
      const fieldErrors: FieldErrors = { ...errors.fieldErrors, ...(errors.formErrors.length > 0 ? { form: errors.formErrors } : {}) };
      const message =
        typeof definition.invalidMessage === 'function' ? definition.invalidMessage(fieldErrors) : (definition.invalidMessage ?? INVALID_FIELDS_MESSAGE);
      return failure<Data>(message, fieldErrors, values);
    }
    const result = await handler(parsed.data, { user } as ActionContext<Access>);
    if (result.ok && definition.invalidates) {
      const tags = typeof definition.invalidates === 'function' ? definition.invalidates(parsed.data, result.data) : definition.invalidates;
      invalidatePublicContent(tags);
    }
    if (result.ok && definition.refresh) refreshClientRouter();
    // A failure keeps what was typed; values the handler hands back (a suggested slug) win.
    if (!result.ok && values) return { ...result, values: { ...values, ...result.values } };
    return result;
  };
  definitions.set(action as ServerAction<unknown>, definition as unknown as ActionDefinition<z.ZodType, unknown>);
  return action;
}

async function callerFor(access: ActionAccess): Promise<SessionUser | null> {
  return access === 'public' ? null : requirePermission(access);
}

function echoedValues(
  values: Record<string, string> | undefined,
  definition: { echo?: readonly string[]; forget?: readonly string[] },
): Record<string, string> | undefined {
  if (!values || definition.echo?.length === 0) return undefined;
  const kept = definition.echo ? Object.fromEntries(Object.entries(values).filter(([key]) => definition.echo!.includes(key))) : { ...values };
  for (const key of definition.forget ?? []) if (key in kept) kept[key] = '';
  return kept;
}

interface DecodedInput {
  input: unknown;
  /** The typed strings of a submitted form, handed back on failure so the form keeps them. */
  values?: Record<string, string>;
}

/**
 * `(previous, formData)` → the form as an object; `(formData)` → the same; `(input)` → input.
 * A key sent several times becomes an array (checkbox lists); files stay File objects.
 */
export function decodeActionInput(first: unknown, second: unknown): DecodedInput {
  const submitted = second instanceof FormData ? second : first instanceof FormData ? first : null;
  const form = submitted ? withoutNul(submitted) : null;
  if (!form) return { input: second === undefined ? (first ?? {}) : {} };
  const input: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  const values: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    // React's own bookkeeping fields; `__proto__` would replace the object's prototype.
    if (key.startsWith('$ACTION') || key === '__proto__') continue;
    const all = form.getAll(key);
    input[key] = all.length === 1 ? all[0]! : all;
    if (all.length === 1 && typeof all[0] === 'string') values[key] = all[0];
  }
  return { input, values };
}
