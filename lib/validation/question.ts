import { z } from 'zod';
import { QUESTION_TOPIC_CODES } from '@/lib/citizens/questions';
import { bodySchema } from './article';
import { hasNoControlCharacters, optionalText, requiredText, uuid } from './common';

// Hỏi đáp: the public question form and the staff actions on a question.

const optionalEmail = z
  .string()
  .trim()
  .max(254, 'Email quá dài.')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Email không hợp lệ.')
  .default('');

const optionalPhone = z
  .string()
  .trim()
  .max(30, 'Số điện thoại quá dài.')
  .refine((value) => value === '' || /^[0-9+().\s-]{6,30}$/.test(value), 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -')
  .default('');

export const askQuestionSchema = z.object({
  name: requiredText('Họ và tên', 120),
  email: optionalEmail,
  phone: optionalPhone,
  topic: z.enum(QUESTION_TOPIC_CODES, 'Vui lòng chọn lĩnh vực.'),
  body: requiredText('Nội dung câu hỏi', 5000).refine((value) => value.length >= 20, 'Nội dung câu hỏi cần ít nhất 20 ký tự.'),
});
export type AskQuestionInput = z.output<typeof askQuestionSchema>;

export const assignQuestionSchema = z.object({
  id: uuid,
  // Empty: take it yourself.
  assigneeId: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || uuid.safeParse(value).success, 'Cán bộ không hợp lệ.'),
});

export const answerQuestionSchema = z.object({
  id: uuid,
  title: z
    .string()
    .trim()
    .min(1, 'Nhập tiêu đề câu hỏi.')
    .max(200, 'Tiêu đề tối đa 200 ký tự.')
    .refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
  topic: z.enum(QUESTION_TOPIC_CODES, 'Vui lòng chọn lĩnh vực.'),
  answer: bodySchema,
  published: z.boolean('Chọn có công khai hay không.'),
});
export type AnswerQuestionInput = z.input<typeof answerQuestionSchema>;

export const questionSearchSchema = z.object({
  topic: z.enum(QUESTION_TOPIC_CODES).optional().catch(undefined),
  q: optionalText('Từ khoá', 100).catch(''),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
