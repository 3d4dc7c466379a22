import { z } from "zod"
import { layout, type EmailMessage } from "./layout"

export const passwordResetSchema = z.object({ reset_url: z.string().url() })

/** The link to choose a new password; says what to do when the buyer did not ask for it. */
export function passwordResetEmail(data: z.infer<typeof passwordResetSchema>): EmailMessage {
  return layout("OCOP Lào Cai: đặt lại mật khẩu", [
    "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn.",
    { link: data.reset_url, label: "Đặt mật khẩu mới" },
    "Liên kết chỉ dùng được một lần và hết hạn sau 15 phút. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.",
  ])
}
