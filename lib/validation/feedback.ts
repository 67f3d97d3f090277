import { z } from 'zod';
import { hasNoControlCharacters } from './common';

// One vote from the "Thông tin này có hữu ích không?" widget, as posted by the browser.

export const FEEDBACK_KINDS = ['article', 'page', 'procedure', 'question'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const feedbackVoteSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS, 'Nội dung được đánh giá không hợp lệ.'),
  // A uuid for articles, pages and questions; a procedure's own code (from the procedures module).
  id: z.string('Nội dung được đánh giá không hợp lệ.').regex(/^[A-Za-z0-9._:-]{1,100}$/, 'Nội dung được đánh giá không hợp lệ.'),
  score: z.coerce
    .number('Vui lòng chọn mức đánh giá từ 1 đến 5.')
    .int('Vui lòng chọn mức đánh giá từ 1 đến 5.')
    .min(1, 'Vui lòng chọn mức đánh giá từ 1 đến 5.')
    .max(5, 'Vui lòng chọn mức đánh giá từ 1 đến 5.'),
  comment: z.string().trim().max(1000, 'Góp ý tối đa 1000 ký tự.').refine(hasNoControlCharacters, 'Góp ý chứa ký tự không hợp lệ.').default(''),
});
export type FeedbackVoteInput = z.output<typeof feedbackVoteSchema>;
