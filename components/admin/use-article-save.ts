'use client';

import { startTransition, useActionState, useState, type RefObject } from 'react';
import type { JSONContent } from '@tiptap/react';
import { z } from 'zod';
import { plainJson } from '@/components/editor/rich-text-editor';
import { useToast } from '@/components/ui/toast';
import type { ActionResult, FieldErrors } from '@/lib/actions/action-result';
import type { ArticleSaved } from '@/lib/actions/article-results';
import { saveArticleAction } from '@/lib/actions/articles';
import { saveArticleSchema, type SaveArticleInput, type SaveIntent } from '@/lib/validation/article';
import type { ArticleFieldValues } from './use-article-fields';

export interface SaveRequest {
  intent: SaveIntent;
  fields: ArticleFieldValues;
  bodyRef: RefObject<JSONContent>;
  articleId: string | null;
  version: number;
  /** "2026-11-26T08:30" in Asia/Ho_Chi_Minh, for intent "schedule". */
  scheduledAt: string;
  /** Called with what was stored once the save succeeded. */
  onSaved: (saved: Required<Pick<ArticleSaved, 'id' | 'version' | 'status' | 'pending'>>) => void;
}

/**
 * The workflow buttons (save, submit, publish, schedule): checks with the action's own schema
 * in the browser first, then calls saveArticleAction; the request's `onSaved` gets the stored
 * id, version and status.
 */
export function useArticleSave() {
  const toast = useToast();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [state, dispatch, pending] = useActionState(async (_previous: ActionResult<ArticleSaved> | null, request: SaveRequest) => {
    const result = await saveArticleAction(null, payloadOf(request));
    const data = result.data;
    if (result.ok && data?.id && data.version && data.status) {
      toast.success(result.message);
      request.onSaved({ id: data.id, version: data.version, status: data.status, pending: data.pending ?? false });
    } else if (!result.ok) toast.error(result.message);
    return result;
  }, null);

  function save(request: SaveRequest) {
    const parsed = saveArticleSchema.safeParse(payloadOf(request));
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
      toast.error('Vui lòng sửa các lỗi được đánh dấu.');
      return;
    }
    setClientErrors({});
    startTransition(() => dispatch(request));
  }

  return { state, pending, save, errors: { ...(state && !state.ok ? state.errors : {}), ...clientErrors } as FieldErrors };
}

function payloadOf({ intent, fields, bodyRef, articleId, version, scheduledAt }: SaveRequest): SaveArticleInput {
  return {
    ...fields,
    body: plainJson(bodyRef.current) as Record<string, unknown>,
    intent,
    ...(articleId ? { id: articleId, version } : {}),
    ...(intent === 'schedule' ? { scheduledAt } : {}),
  };
}
