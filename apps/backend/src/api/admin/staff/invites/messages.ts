import type { DomainLocale } from "@ocop/domain"

/** Messages of the staff invite routes, in the caller's language. */
export const STAFF_INVITE_MESSAGES = {
  user_exists: {
    vi: "Email này đã có tài khoản cán bộ",
    en: "This email already has a staff account",
  },
  invite_pending: {
    vi: "Email này đã có lời mời đang chờ; hãy gửi lại lời mời trong danh sách",
    en: "This email already has a pending invite; resend it from the list",
  },
  invite_unusable: {
    vi: "Lời mời không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy nhờ quản trị viên gửi lại lời mời.",
    en: "This invite is invalid, used or expired. Ask an administrator to send it again.",
  },
  email_mismatch: {
    vi: "Email đăng ký không khớp với email được mời",
    en: "The email you registered is not the one that was invited",
  },
  signed_in: {
    vi: "Bạn đang đăng nhập bằng một tài khoản cán bộ; hãy đăng xuất trước khi nhận lời mời",
    en: "You are signed in with a staff account; sign out before accepting an invite",
  },
} as const satisfies Record<string, Record<DomainLocale, string>>

export type StaffInviteMessage = keyof typeof STAFF_INVITE_MESSAGES
