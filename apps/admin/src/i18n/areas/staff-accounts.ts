import type { AreaMessages } from "./area-messages"

/** Staff accounts: inviting staff with a role, pending invites, changing roles, accepting an invite. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      staff_accounts: {
        invite: "Mời cán bộ",
        invite_title: "Mời cán bộ dùng hệ thống",
        invite_help:
          "Người được mời nhận email có liên kết để đặt họ tên và mật khẩu (hiệu lực 1 ngày). Tài khoản có ngay vai trò đã chọn.",
        send: "Gửi lời mời",
        invited_done: "Đã gửi lời mời đến %{email}",
        pending_title: "Lời mời đang chờ",
        pending_empty: "Không có lời mời nào đang chờ.",
        pending_error: "Không tải được danh sách lời mời.",
        fields: {
          email: "Email",
          role: "Vai trò",
          expires_at: "Hết hạn",
        },
        expired: "Đã hết hạn",
        resend: "Gửi lại",
        resent_done: "Đã gửi lại lời mời đến %{email}",
        delete: "Huỷ lời mời",
        delete_title: "Huỷ lời mời gửi %{email}?",
        delete_help: "Liên kết trong lời mời sẽ không dùng được nữa.",
        deleted_done: "Đã huỷ lời mời",
        role_title: "Đổi vai trò của %{email}?",
        role_help: "Vai trò mới: %{role}. Quyền truy cập thay đổi ngay khi lưu.",
        role_none_help: "Tài khoản sẽ không còn truy cập được chức năng nào cho đến khi được giao vai trò.",
        accept: {
          title: "Nhận lời mời tham gia hệ thống",
          help: "Bạn được mời dùng hệ thống quản lý OCOP Lào Cai với email %{email}. Hãy nhập họ tên và chọn mật khẩu.",
          first_name: "Tên",
          last_name: "Họ và tên đệm",
          password: "Mật khẩu",
          password_help: "Ít nhất 8 ký tự",
          password_confirm: "Nhập lại mật khẩu",
          mismatch: "Hai mật khẩu không giống nhau",
          submit: "Tạo tài khoản",
          done: "Tài khoản đã được tạo. Chào mừng bạn!",
          missing_token:
            "Liên kết mời không đầy đủ. Hãy mở lại liên kết trong email hoặc nhờ quản trị viên gửi lại lời mời.",
          existing_login:
            "Email này đã có mật khẩu đăng nhập (ví dụ tài khoản mua hàng). Hãy nhập đúng mật khẩu đó để nhận lời mời.",
        },
      },
      staff: {
        role_none: "Chưa có vai trò (không truy cập được)",
        role_saved: "Đã cập nhật vai trò",
        own_role: "Bạn không thể tự bỏ vai trò quản trị của mình",
      },
    },
    resources: {
      staff: {
        name: "Tài khoản cán bộ |||| Tài khoản cán bộ",
        fields: {
          email: "Email",
          first_name: "Tên",
          last_name: "Họ",
          role: "Vai trò",
          created_at: "Ngày tạo",
          q: "Tìm kiếm",
        },
      },
    },
  },
  en: {
    ocop: {
      staff_accounts: {
        invite: "Invite staff",
        invite_title: "Invite a staff member",
        invite_help:
          "The invitee gets an email with a link to set their name and password (valid 1 day). The account has the chosen role from the start.",
        send: "Send invite",
        invited_done: "Invite sent to %{email}",
        pending_title: "Pending invites",
        pending_empty: "No pending invites.",
        pending_error: "Could not load the invites.",
        fields: {
          email: "Email",
          role: "Role",
          expires_at: "Expires",
        },
        expired: "Expired",
        resend: "Resend",
        resent_done: "Invite sent again to %{email}",
        delete: "Withdraw invite",
        delete_title: "Withdraw the invite to %{email}?",
        delete_help: "The link in the invite will stop working.",
        deleted_done: "Invite withdrawn",
        role_title: "Change %{email}'s role?",
        role_help: "New role: %{role}. Access changes as soon as you confirm.",
        role_none_help: "The account will have no access until it is given a role.",
        accept: {
          title: "Accept your invite",
          help: "You are invited to the OCOP Lào Cai console as %{email}. Enter your name and choose a password.",
          first_name: "First name",
          last_name: "Last name",
          password: "Password",
          password_help: "At least 8 characters",
          password_confirm: "Repeat the password",
          mismatch: "The passwords do not match",
          submit: "Create account",
          done: "Your account is ready. Welcome!",
          missing_token:
            "The invite link is incomplete. Open the link in the email again or ask an administrator to resend it.",
          existing_login:
            "This email already has a password (a buyer account, for example). Enter that password to accept the invite.",
        },
      },
      staff: {
        role_none: "No role yet (no access)",
        role_saved: "Role updated",
        own_role: "You cannot take away your own administrator role",
      },
    },
    resources: {
      staff: {
        name: "Staff account |||| Staff accounts",
        fields: {
          email: "Email",
          first_name: "First name",
          last_name: "Last name",
          role: "Role",
          created_at: "Created",
          q: "Search",
        },
      },
    },
  },
}
