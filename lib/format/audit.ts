import { formatDateTime } from './date';

// The audit log in Vietnamese: every recorded action, entity and summary field shown as words,
// never as the code stored in the database ("article.create", "User", {"reason":"locked"}).

const ENTITIES: Record<string, string> = {
  article: 'bài viết',
  page: 'trang tĩnh',
  category: 'danh mục',
  linkedSite: 'website liên kết',
  user: 'người dùng',
  media: 'tệp media',
  video: 'video',
  map: 'bản đồ',
  legalDocument: 'văn bản',
  cluster: 'cụm công nghiệp',
  project: 'dự án',
  official: 'cán bộ',
  contact: 'thư liên hệ',
  settings: 'cài đặt',
  procedure: 'thủ tục hành chính',
  disclosure: 'thông tin công khai',
  disclosureCatalog: 'mục danh mục công khai',
  commune: 'xã, phường',
  organization: 'đơn vị (cơ cấu tổ chức)',
};

const ENTITY_TYPES: Record<string, string> = {
  Article: 'Bài viết',
  Page: 'Trang tĩnh',
  Category: 'Danh mục',
  LinkedSite: 'Website liên kết',
  User: 'Người dùng',
  Media: 'Tệp media',
  Video: 'Video',
  MapDocument: 'Bản đồ',
  LegalDocument: 'Văn bản',
  IndustrialCluster: 'Cụm công nghiệp',
  Project: 'Dự án',
  Official: 'Cán bộ',
  ContactMessage: 'Thư liên hệ',
  SiteSetting: 'Cài đặt',
  AdministrativeProcedure: 'Thủ tục hành chính',
  DisclosureItem: 'Thông tin công khai',
  DisclosureCatalogEntry: 'Mục danh mục công khai',
  Commune: 'Xã, phường',
  OrganizationUnit: 'Đơn vị (cơ cấu tổ chức)',
};

const VERBS: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  delete: 'Xóa',
  purge: 'Xóa vĩnh viễn',
  publish: 'Đăng',
  unpublish: 'Gỡ',
  schedule: 'Hẹn giờ đăng',
  submit: 'Gửi duyệt',
  archive: 'Lưu trữ',
  trash: 'Chuyển vào thùng rác',
  restore: 'Khôi phục',
  reorder: 'Sắp xếp',
  upload: 'Tải lên',
  activate: 'Hiện',
  deactivate: 'Ẩn',
  handle: 'Xử lý',
};

const LABELS: Record<string, string> = {
  'auth.signIn': 'Đăng nhập',
  'auth.signInFailed': 'Đăng nhập thất bại',
  'auth.signOut': 'Đăng xuất',
  'account.changePassword': 'Đổi mật khẩu',
  'user.changeRole': 'Đổi vai trò người dùng',
  'user.disable': 'Vô hiệu hóa tài khoản',
  'user.enable': 'Kích hoạt tài khoản',
  'user.resetPassword': 'Đặt lại mật khẩu',
  'article.saveConflict': 'Lưu bài viết bị từ chối do xung đột',
  'article.restoreRevision': 'Khôi phục phiên bản bài viết',
  'article.delete': 'Xóa vĩnh viễn bài viết',
  'contact.handle': 'Đánh dấu đã xử lý thư liên hệ',
  'settings.update': 'Sửa cài đặt',
  'map.boundaryUpload': 'Tải lên ranh giới tỉnh cho bản đồ',
  'map.boundaryReset': 'Dùng lại ranh giới tỉnh minh họa',
  'media.update': 'Sửa thông tin tệp media',
  'mail.retry': 'Gửi lại thư',
  'auth.resetRequested': 'Gửi liên kết đặt lại mật khẩu',
  'auth.resetPassword': 'Đặt lại mật khẩu qua liên kết',
  'auth.acceptInvite': 'Nhận lời mời, đặt mật khẩu',
  'user.invite': 'Mời người dùng qua thư',
  'mail.test': 'Gửi thư thử',
  'account.twoFactorEnable': 'Bật xác thực hai bước',
  'account.twoFactorDisable': 'Tắt xác thực hai bước',
  'user.resetTwoFactor': 'Gỡ xác thực hai bước của người dùng',
  'settings.twoFactorPolicy': 'Đổi quy định xác thực hai bước',
  'account.endSession': 'Kết thúc một phiên đăng nhập',
  'account.endOtherSessions': 'Kết thúc các phiên đăng nhập khác',
  'user.endSessions': 'Kết thúc mọi phiên đăng nhập của người dùng',
};

/** "article.publish" → "Đăng bài viết"; an action nobody named yet still reads as words. */
export function auditActionLabel(action: string): string {
  const known = LABELS[action];
  if (known) return known;
  const [entity = '', verb = ''] = action.split('.');
  const verbLabel = VERBS[verb];
  const entityLabel = ENTITIES[entity];
  if (verbLabel && entityLabel) return `${verbLabel} ${entityLabel}`;
  if (entityLabel) return `Thao tác trên ${entityLabel}`;
  return 'Thao tác khác';
}

export function auditEntityLabel(entityType: string | null): string {
  return entityType ? (ENTITY_TYPES[entityType] ?? 'Đối tượng khác') : '';
}

const REASONS: Record<string, string> = {
  locked: 'tài khoản đang tạm khóa sau nhiều lần nhập sai',
  'wrong-password': 'sai mật khẩu',
  'wrong-code': 'sai mã xác thực hai bước',
  'unknown-email': 'email không có trong hệ thống',
  'ip-throttled': 'quá nhiều lần thử từ cùng một địa chỉ',
  disabled: 'tài khoản đã bị vô hiệu hóa',
};

const STATUSES: Record<string, string> = {
  DRAFT: 'Bản nháp',
  PENDING_REVIEW: 'Chờ duyệt',
  SCHEDULED: 'Hẹn giờ đăng',
  PUBLISHED: 'Đã đăng',
  ARCHIVED: 'Lưu trữ',
};

const ROLES: Record<string, string> = { ADMIN: 'Quản trị viên', EDITOR: 'Biên tập viên', AUTHOR: 'Tác giả' };

function dateTime(value: unknown): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? '' : formatDateTime(date);
}

const yesNo = (value: unknown) => (value ? 'có' : 'không');
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const FIELDS: Record<string, (value: unknown) => string> = {
  title: (v) => (text(v) ? `Tiêu đề: “${text(v)}”` : ''),
  name: (v) => (text(v) ? `Tên: ${text(v)}` : ''),
  email: (v) => (text(v) ? `Email: ${text(v)}` : ''),
  slug: (v) => (text(v) ? `Đường dẫn: ${text(v)}` : ''),
  status: (v) => (STATUSES[text(v)] ? `Trạng thái: ${STATUSES[text(v)]}` : ''),
  publishAt: (v) => (dateTime(v) ? `Hẹn đăng lúc ${dateTime(v)} (giờ Việt Nam)` : ''),
  published: (v) => `Công khai: ${yesNo(v)}`,
  reason: (v) => `Lý do: ${REASONS[text(v)] ?? 'khác'}`,
  role: (v) => (ROLES[text(v)] ? `Vai trò: ${ROLES[text(v)]}` : ''),
  from: (v) => (ROLES[text(v)] ? `Vai trò cũ: ${ROLES[text(v)]}` : ''),
  to: (v) => (ROLES[text(v)] ? `Vai trò mới: ${ROLES[text(v)]}` : ''),
  autosave: (v) => (v ? 'Tạo tự động khi tự lưu' : ''),
  keptAsRevision: () => 'Nội dung của người lưu sau được giữ lại thành một phiên bản',
  revisionId: () => 'Khôi phục từ một phiên bản trước',
  originalName: (v) => (text(v) ? `Tệp: ${text(v)}` : ''),
  number: (v) => (text(v) ? `Số hiệu: ${text(v)}` : ''),
  position: (v) => (text(v) ? `Chức vụ: ${text(v)}` : ''),
  url: (v) => (text(v) ? `Địa chỉ: ${text(v)}` : ''),
  order: (v) => (Array.isArray(v) ? `Thứ tự mới của ${v.length} mục` : ''),
};

/**
 * A summary stored as JSON → short Vietnamese lines. `after` (an update) is read like the
 * summary itself; fields with no wording are left out rather than shown as code.
 */
export function auditDetails(summary: unknown): string[] {
  if (!summary || typeof summary !== 'object' || Array.isArray(summary)) return [];
  const record = summary as Record<string, unknown>;
  const source = record.after && typeof record.after === 'object' ? { ...(record.after as Record<string, unknown>) } : record;
  const lines: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    const line = FIELDS[key]?.(value);
    if (line) lines.push(line);
  }
  if (record.after && record.before) lines.unshift('Đã sửa thông tin');
  return lines;
}
