// Hỏi đáp: the fixed list of topics and the status labels readers see. Pure, no Node APIs:
// client components import it too.

export const QUESTION_TOPICS = [
  { code: 'dau-tu', label: 'Đầu tư, thuê đất' },
  { code: 'thu-tuc', label: 'Thủ tục hành chính' },
  { code: 'ha-tang', label: 'Hạ tầng cụm công nghiệp' },
  { code: 'moi-truong', label: 'Môi trường, phòng cháy' },
  { code: 'khac', label: 'Khác' },
] as const;

export type QuestionTopicCode = (typeof QUESTION_TOPICS)[number]['code'];
export const QUESTION_TOPIC_CODES = QUESTION_TOPICS.map((topic) => topic.code) as [QuestionTopicCode, ...QuestionTopicCode[]];

export function topicLabel(code: string): string {
  return QUESTION_TOPICS.find((topic) => topic.code === code)?.label ?? 'Khác';
}

export function isTopicCode(value: unknown): value is QuestionTopicCode {
  return typeof value === 'string' && QUESTION_TOPIC_CODES.includes(value as QuestionTopicCode);
}

export type QuestionStatusCode = 'RECEIVED' | 'IN_PROGRESS' | 'ANSWERED';
export const QUESTION_STATUS_LABELS: Record<QuestionStatusCode, string> = {
  RECEIVED: 'Đã tiếp nhận',
  IN_PROGRESS: 'Đang xử lý',
  ANSWERED: 'Đã trả lời',
};
