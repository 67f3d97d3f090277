import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditDetails, auditEntityLabel } from './audit';

describe('audit log wording', () => {
  it('names every action in Vietnamese, known or composed, never the stored code', () => {
    expect(auditActionLabel('article.create')).toBe('Tạo bài viết');
    expect(auditActionLabel('article.publish')).toBe('Đăng bài viết');
    expect(auditActionLabel('auth.signInFailed')).toBe('Đăng nhập thất bại');
    expect(auditActionLabel('video.reorder')).toBe('Sắp xếp video');
    expect(auditActionLabel('something.strange')).toBe('Thao tác khác');
    for (const action of ['article.create', 'page.unpublish', 'legalDocument.delete', 'user.changeRole', 'test.backup']) {
      expect(auditActionLabel(action)).not.toMatch(/[a-z]+\.[a-zA-Z]+/);
    }
  });

  it('names entity types and turns summaries into sentences', () => {
    expect(auditEntityLabel('User')).toBe('Người dùng');
    expect(auditEntityLabel('Whatever')).toBe('Đối tượng khác');
    expect(auditDetails({ reason: 'locked' })).toEqual(['Lý do: tài khoản đang tạm khóa sau nhiều lần nhập sai']);
    expect(auditDetails({ title: 'Khai trương', status: 'PUBLISHED', publishAt: '2026-12-01T01:30:00.000Z' })).toEqual([
      'Tiêu đề: “Khai trương”',
      'Trạng thái: Đã đăng',
      'Hẹn đăng lúc Thứ Ba, 01/12/2026 08:30 (giờ Việt Nam)',
    ]);
    expect(auditDetails({ before: { name: 'A' }, after: { name: 'B', published: true } })).toEqual(['Đã sửa thông tin', 'Tên: B', 'Công khai: có']);
    expect(auditDetails({ unknownKey: { nested: true } })).toEqual([]);
    expect(auditDetails(null)).toEqual([]);
  });
});
