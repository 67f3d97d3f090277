'use server';

import { z } from 'zod';
import { requestIp } from '@/lib/auth/client-ip';
import { InvalidContentError } from '@/lib/content/render';
import { cacheTags } from '@/lib/data/cache-tags';
import { storeQuestion } from '@/lib/data/questions';
import { answerQuestion, assignQuestion } from '@/lib/data/staff/questions';
import { checkFormToken } from '@/lib/decree/form-token';
import { answerQuestionSchema, askQuestionSchema, assignQuestionSchema } from '@/lib/validation/question';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Hỏi đáp. Asking is public, guarded like the contact form (honeypot `website`, a signed render
// time, a per-IP limit); the answer to the asker is a tracking code, the only way back to the
// question. Assigning and answering need 'question.answer' (EDITOR, ADMIN).

const QUESTION_FIELDS = ['name', 'email', 'phone', 'topic', 'body'] as const;
const REJECTED = 'Không gửi được câu hỏi. Vui lòng tải lại trang và thử lại.';

/** What the public form posts: the question, the honeypot (`website`, empty for people) and the signed render time. */
const askQuestionSubmissionSchema = askQuestionSchema.extend({
  website: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? value : '')),
  formToken: z.unknown(),
});

export const askQuestionAction = defineAction(
  { permission: 'public', schema: askQuestionSubmissionSchema, echo: QUESTION_FIELDS },
  async ({ website, formToken, ...question }) => {
    if (website.trim() !== '') return failure<{ code: string }>(REJECTED);
    const token = checkFormToken(formToken);
    if (token === 'invalid') return failure<{ code: string }>(REJECTED);
    if (token === 'too-fast') return failure<{ code: string }>('Bạn gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi gửi lại sau vài giây.');
    const stored = await storeQuestion(question, (await requestIp()) ?? 'unknown');
    if (stored.outcome === 'rate-limited') return failure<{ code: string }>('Bạn đã gửi nhiều câu hỏi trong một giờ qua. Vui lòng thử lại sau.');
    return success('Trung tâm đã tiếp nhận câu hỏi của bạn.', { code: stored.code });
  },
);

export const assignQuestionAction = defineAction({ permission: 'question.answer', schema: assignQuestionSchema }, async (input, { user }) => {
  const result = await assignQuestion(input.id, input.assigneeId || null, user);
  if (!result.ok)
    return failure(result.reason === 'bad-assignee' ? 'Chỉ giao được cho biên tập viên hoặc quản trị viên đang hoạt động.' : 'Câu hỏi không còn tồn tại.');
  return success('Đã giao xử lý câu hỏi.');
});

export const answerQuestionAction = defineAction(
  {
    permission: 'question.answer',
    schema: answerQuestionSchema,
    invalidates: [cacheTags.questions],
  },
  async (input, { user }) => {
    try {
      const result = await answerQuestion(input.id, input, user);
      if (!result.ok) return failure('Câu hỏi không còn tồn tại.');
      return success(input.published ? 'Đã lưu câu trả lời và công khai trên cổng thông tin.' : 'Đã lưu câu trả lời (không công khai).', { slug: result.slug });
    } catch (error) {
      if (error instanceof InvalidContentError) return failure('Vui lòng sửa các trường được đánh dấu.', { answer: [error.message] });
      throw error;
    }
  },
);
