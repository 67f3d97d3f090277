import 'server-only';
import { z } from 'zod';
import { requirePermission, type SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { failure, type ActionResult } from './action-result';
import { withoutNul } from './form-input';

// The one way to write a server action (in the spirit of dub's `authActionClient`): the
// definition names its permission and its zod schema where the action is written, and this
// wrapper does the rest in one order for every action:
//   decode the input → requirePermission → validate (Vietnamese field errors, values kept)
//   → handler (DAL call, which writes the audit entry with the actor) → invalidate on success.
// A server action can be POSTed directly with any arguments, so nothing here trusts the shape
// of what arrives: a missing or foreign argument decodes to an empty object and fails validation.

export interface ActionContext {
  user: SessionUser;
}

export interface ActionDefinition<Schema extends z.ZodType, Data> {
  /** The permission the caller's role must hold (lib/auth/permissions.ts). */
  permission: Permission;
  /** Validates the decoded input; its messages are what the form shows. */
  schema: Schema;
  /**
   * Cache tags to expire when the handler succeeded: a list, or a function of the parsed input
   * and the result's data (for tags that name the saved row).
   */
  invalidates?: readonly string[] | ((input: z.output<Schema>, data: Data | undefined) => readonly string[]);
  /** Message when validation fails; the default asks to fix the marked fields. */
  invalidMessage?: string;
}

export type ActionHandler<Schema extends z.ZodType, Data> = (
  input: z.output<Schema>,
  context: ActionContext,
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

export function defineAction<Schema extends z.ZodType, Data = undefined>(
  definition: ActionDefinition<Schema, Data>,
  handler: ActionHandler<Schema, Data>,
): ServerAction<Data> {
  const action: ServerAction<Data> = async (first, second) => {
    const raw = decodeActionInput(first, second);
    const user = await requirePermission(definition.permission);
    const parsed = definition.schema.safeParse(raw.input);
    if (!parsed.success) {
      return failure<Data>(
        definition.invalidMessage ?? 'Vui lòng kiểm tra lại các trường được đánh dấu.',
        z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        raw.values,
      );
    }
    const result = await handler(parsed.data, { user });
    if (result.ok && definition.invalidates) {
      const tags = typeof definition.invalidates === 'function' ? definition.invalidates(parsed.data, result.data) : definition.invalidates;
      invalidatePublicContent(tags);
    }
    if (!result.ok && result.values === undefined && raw.values) return { ...result, values: raw.values };
    return result;
  };
  definitions.set(action as ServerAction<unknown>, definition as ActionDefinition<z.ZodType, unknown>);
  return action;
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
    if (key.startsWith('$ACTION')) continue; // React's own bookkeeping fields
    const all = form.getAll(key);
    input[key] = all.length === 1 ? all[0]! : all;
    if (all.length === 1 && typeof all[0] === 'string') values[key] = all[0];
  }
  return { input, values };
}
