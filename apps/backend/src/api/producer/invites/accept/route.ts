import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import type { DomainLocale, ProducerInviteAccept } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import { hashInviteToken } from "../../../../modules/producer/invite-token"
import type ProducerModuleService from "../../../../modules/producer/service"
import { LOGIN_BELONGS_TO_OTHERS } from "../../../../workflows/producer-user/email-login"
import { INVITE_UNUSABLE } from "../../../../workflows/producer-user/steps/claim-producer-invite"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer-user/workflows/accept-producer-invite"
import { requestLocale } from "../../../utils/http"

const MESSAGES = {
  expired: {
    vi: "Lời mời đã hết hạn. Hãy đề nghị Văn phòng OCOP gửi lời mời mới.",
    en: "This invite has expired. Ask the OCOP office to send a new one.",
  },
  unusable: {
    vi: "Liên kết mời không hợp lệ hoặc đã được dùng. Hãy đăng nhập, hoặc đề nghị Văn phòng OCOP gửi lời mời mới.",
    en: "This invite link is not valid or has already been used. Sign in, or ask the OCOP office for a new invite.",
  },
  suspended: {
    vi: "Chủ thể này đang bị tạm dừng nên chưa thể nhận lời mời. Hãy liên hệ Văn phòng OCOP.",
    en: "This producer is suspended, so the invite cannot be accepted now. Contact the OCOP office.",
  },
  login_of_others: {
    vi: "Email của lời mời này đang dùng để đăng nhập một tài khoản khác (cán bộ hoặc người mua). Hãy đề nghị Văn phòng OCOP mời bằng một email khác.",
    en: "The email of this invite already signs in to another account (staff or buyer). Ask the OCOP office to invite you with a different email.",
  },
} satisfies Record<string, Record<DomainLocale, string>>

/** Answers 400 naming the token as the field at fault, so the console shows it on its page. */
async function refuse(req: MedusaRequest, res: MedusaResponse, tokenHash: string) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [user] = await service.listProducerUsers(
    { invite_token_hash: tokenHash, status: ["invited", "active"] },
    { select: ["id", "invite_expires_at", "producer.status"], relations: ["producer"], take: 1 },
  )
  const expired = user?.invite_expires_at && new Date(user.invite_expires_at).getTime() <= Date.now()
  const reason = expired ? "expired" : user && user.producer?.status !== "active" ? "suspended" : "unusable"
  const message = MESSAGES[reason][requestLocale(req)]
  res.status(400).json({ type: "invalid_data", message, errors: { token: message } })
}

/**
 * POST /producer/invites/accept { token, password } (no sign-in) — the person sets a password and
 * gets a producer token at once. A token works once and for 7 days. The same link, re-issued to an
 * active user, replaces a forgotten password.
 */
export async function POST(req: MedusaRequest<ProducerInviteAccept>, res: MedusaResponse) {
  const { token, password } = req.validatedBody
  const tokenHash = hashInviteToken(token)
  let accepted: { user: { id: string }; auth_identity_id: string }
  try {
    ;({ result: accepted } = await acceptProducerInviteWorkflow(req.scope).run({
      input: { invite_token_hash: tokenHash, password },
    }))
  } catch (error) {
    // Unknown, used or expired, or taken by a simultaneous request: the claim step refused it.
    const reason = (error as { message?: string } | undefined)?.message
    if (reason === INVITE_UNUSABLE) return refuse(req, res, tokenHash)
    // The address became a staff member's or buyer's login after the invite: its password stays theirs.
    if (reason === LOGIN_BELONGS_TO_OTHERS) {
      return res.status(409).json({ type: "not_allowed", message: MESSAGES.login_of_others[requestLocale(req)] })
    }
    throw error
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const jwt = generateJwtToken(
    {
      actor_id: accepted.user.id,
      actor_type: "producer",
      auth_identity_id: accepted.auth_identity_id,
      auth_provider: "emailpass",
      app_metadata: { producer_id: accepted.user.id },
      user_metadata: {},
    },
    { secret: http.jwtSecret, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions },
  )
  res.json({ token: jwt })
}
