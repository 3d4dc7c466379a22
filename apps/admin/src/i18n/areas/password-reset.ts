import type { AreaMessages } from "./area-messages"

/** Forgotten passwords: the sign-in page's link, asking for a reset link, choosing the new password. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      password_reset: {
        forgot_link: "Quên mật khẩu?",
        forgot_title: "Quên mật khẩu",
        forgot_help:
          "Nhập email bạn dùng để đăng nhập (cán bộ hoặc chủ thể). Chúng tôi sẽ gửi thư có liên kết để đặt mật khẩu mới.",
        email: "Email",
        send: "Gửi liên kết",
        sent: "Nếu %{email} có tài khoản, chúng tôi đã gửi thư có liên kết đặt lại mật khẩu. Liên kết chỉ dùng được một lần; hãy xem cả hộp thư rác.",
        back_to_login: "Quay lại trang đăng nhập",
        title: "Đặt lại mật khẩu",
        help: "Chọn mật khẩu mới cho tài khoản %{email}.",
        password: "Mật khẩu mới",
        password_help: "Ít nhất 8 ký tự",
        password_confirm: "Nhập lại mật khẩu mới",
        submit: "Lưu mật khẩu mới",
        done: "Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.",
        expired: "Liên kết này đã được dùng, đã hết hạn hoặc không đúng. Hãy xin một liên kết mới.",
        missing_token:
          "Liên kết đặt lại mật khẩu không đầy đủ. Hãy mở đúng liên kết trong thư, hoặc xin một liên kết mới.",
        ask_again: "Xin liên kết mới",
      },
    },
  },
  en: {
    ocop: {
      password_reset: {
        forgot_link: "Forgot your password?",
        forgot_title: "Forgot password",
        forgot_help:
          "Enter the email you sign in with (staff or producer). We will send a link to choose a new password.",
        email: "Email",
        send: "Send the link",
        sent: "If %{email} has an account, we have sent it a link to reset the password. The link works once; check the spam folder too.",
        back_to_login: "Back to sign-in",
        title: "Reset password",
        help: "Choose a new password for %{email}.",
        password: "New password",
        password_help: "At least 8 characters",
        password_confirm: "New password again",
        submit: "Save the new password",
        done: "Your password has been changed. Sign in with the new one.",
        expired: "This link has been used, has expired or is not valid. Ask for a new one.",
        missing_token: "This reset link is incomplete. Open the exact link from the email, or ask for a new one.",
        ask_again: "Ask for a new link",
      },
    },
  },
}
