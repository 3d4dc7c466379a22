import { formatDateVi, STAFF_ROLE_NAMES, STAFF_ROLES } from "@ocop/domain"
import { z } from "zod"
import { layout, type EmailMessage } from "./layout"

const expiresAt = z.union([z.string(), z.date()]).optional()

export const staffInviteSchema = z.object({
  invite_url: z.string().url(),
  role: z.enum(STAFF_ROLES),
  expires_at: expiresAt,
})

export const producerInviteSchema = z.object({
  invite_url: z.string().url(),
  name: z.string().optional(),
  producer_name: z.string().min(1),
  expires_at: expiresAt,
})

const until = (at: string | Date | undefined) => (at ? [`Lời mời có hiệu lực đến hết ngày ${formatDateVi(at)}.`] : [])

/** An invitation to the staff console with the role it grants. */
export function staffInviteEmail(data: z.infer<typeof staffInviteSchema>): EmailMessage {
  return layout("OCOP Lào Cai: lời mời tham gia trang quản trị", [
    `Bạn được mời tham gia trang quản trị OCOP Lào Cai với vai trò: ${STAFF_ROLE_NAMES[data.role].vi}.`,
    { link: data.invite_url, label: "Nhận lời mời và đặt mật khẩu" },
    ...until(data.expires_at),
  ])
}

/** An invitation for a producer's representative to manage its listings. */
export function producerInviteEmail(data: z.infer<typeof producerInviteSchema>): EmailMessage {
  return layout(`OCOP Lào Cai: lời mời quản lý gian hàng ${data.producer_name}`, [
    `${data.name ? `Kính gửi ${data.name}, ` : ""}bạn được mời quản lý gian hàng của ${data.producer_name} trên OCOP Lào Cai: sản phẩm, giá, ảnh và tồn kho.`,
    { link: data.invite_url, label: "Nhận lời mời và đặt mật khẩu" },
    ...until(data.expires_at),
  ])
}
