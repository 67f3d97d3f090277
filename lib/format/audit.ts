// Vietnamese labels for audit actions. Unknown actions (added by other parts later) show as is.
const LABELS: Record<string, string> = {
  'auth.signIn': 'Đăng nhập',
  'auth.signInFailed': 'Đăng nhập thất bại',
  'auth.signOut': 'Đăng xuất',
  'account.changePassword': 'Đổi mật khẩu',
  'user.create': 'Tạo người dùng',
  'user.changeRole': 'Đổi vai trò',
  'user.disable': 'Vô hiệu hóa tài khoản',
  'user.enable': 'Kích hoạt tài khoản',
  'user.resetPassword': 'Đặt lại mật khẩu',
  'user.delete': 'Xóa người dùng',
  'settings.update': 'Sửa cài đặt',
  'linkedSite.create': 'Thêm website liên kết',
  'linkedSite.update': 'Sửa website liên kết',
  'linkedSite.delete': 'Xóa website liên kết',
  'linkedSite.activate': 'Hiện website liên kết',
  'linkedSite.deactivate': 'Ẩn website liên kết',
  'linkedSite.reorder': 'Sắp xếp website liên kết',
  'category.create': 'Thêm danh mục',
  'category.update': 'Sửa danh mục',
  'category.delete': 'Xóa danh mục',
  'category.reorder': 'Sắp xếp danh mục',
  'procedure.create': 'Thêm thủ tục hành chính',
  'procedure.update': 'Sửa thủ tục hành chính',
  'procedure.publish': 'Xuất bản thủ tục hành chính',
  'procedure.unpublish': 'Ẩn thủ tục hành chính',
  'procedure.delete': 'Xóa thủ tục hành chính',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
