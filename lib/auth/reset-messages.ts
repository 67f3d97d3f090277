// What "Quên mật khẩu" and the password link pages answer (shared by actions, pages and tests).

export const RESET_REQUESTED_MESSAGE =
  'Nếu địa chỉ này thuộc một tài khoản đang hoạt động, chúng tôi đã gửi thư hướng dẫn đặt lại mật khẩu. Liên kết trong thư có hiệu lực 30 phút. Vui lòng kiểm tra hộp thư (cả thư rác).';
export const RESET_RATE_LIMITED_MESSAGE = 'Bạn đã yêu cầu quá nhiều lần trong một giờ qua. Vui lòng thử lại sau.';
export const INVALID_LINK_MESSAGE = 'Liên kết không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.';
