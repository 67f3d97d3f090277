'use client';

import { startTransition, useActionState, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { JSONContent } from '@tiptap/react';
import { plainJson, RichTextEditor } from '@/components/editor/rich-text-editor';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/action-result';
import { answerQuestionAction } from '@/lib/actions/questions';
import { QUESTION_TOPICS } from '@/lib/citizens/topics';
import type { AnswerQuestionInput } from '@/lib/validation/question';
import { renderArticleImagePicker } from './article-media';

const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

export interface QuestionAnswerValue {
  id: string;
  title: string;
  topic: string;
  answer: JSONContent | null;
  published: boolean;
}

/** The answer editor (same Tiptap editor and server-side render/sanitize path as articles). */
export function QuestionAnswerForm({ question }: { question: QuestionAnswerValue }) {
  const toast = useToast();
  const router = useRouter();
  const [title, setTitle] = useState(question.title);
  const [topic, setTopic] = useState(question.topic);
  const [published, setPublished] = useState(question.published);
  const [answer, setAnswer] = useState<JSONContent>(question.answer ?? EMPTY_BODY);
  const [state, dispatch, pending] = useActionState(
    async (_previous: ActionResult<{ slug: string | null } | undefined> | null, payload: AnswerQuestionInput) => {
      const result = await answerQuestionAction(payload);
      if (result.ok) {
        toast.success(result.message);
        router.refresh();
      } else toast.error(result.message);
      return result;
    },
    null,
  );
  const errors = state && !state.ok ? (state.errors ?? {}) : {};

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (event.target !== event.currentTarget) return;
    startTransition(() =>
      dispatch({ id: question.id, title, topic: topic as AnswerQuestionInput['topic'], answer: plainJson(answer) as Record<string, unknown>, published }),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Trả lời câu hỏi">
      {state && !state.ok && !state.errors && <FormError message={state.message} />}
      <FormField
        label="Tiêu đề câu hỏi (hiển thị công khai)"
        required
        maxLength={200}
        value={title}
        errors={errors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <label className="block text-sm font-semibold text-slate-800">
        Lĩnh vực
        <select value={topic} onChange={(event) => setTopic(event.target.value)} className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2">
          {QUESTION_TOPICS.map((item) => (
            <option key={item.code} value={item.code}>
              {item.label}
            </option>
          ))}
        </select>
      </label>
      <RichTextEditor
        id="question-answer"
        label="Câu trả lời"
        initialContent={question.answer ?? EMPTY_BODY}
        onChange={setAnswer}
        renderImagePicker={renderArticleImagePicker}
        invalid={!!errors.answer}
      />
      {errors.answer && <p className="text-sm font-medium text-red-700">{errors.answer[0]}</p>}
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" checked={published} onChange={(event) => setPublished(event.target.checked)} />
        Công khai câu hỏi và câu trả lời trên cổng thông tin (tên người hỏi được viết tắt, không hiện email và số điện thoại)
      </label>
      <Button type="submit" pending={pending}>
        Lưu câu trả lời
      </Button>
    </form>
  );
}
