import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import type { DomainLocale, ProducerInviteAccept } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import { hashInviteToken } from "../../../../modules/producer/invite-token"
import type ProducerModuleService from "../../../../modules/producer/service"
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
} satisfies Record<string, Record<DomainLocale, string>>

/** Answers 400 naming the token as the field at fault, so the console shows it on its page. */
async function refuse(req: MedusaRequest, res: MedusaResponse, tokenHash: string) {
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [user] = await service.listProducerUsers({ invite_token_hash: tokenHash, status: ["invited", "active"] }, { take: 1 })
  const expired = user?.invite_expires_at && new Date(user.invite_expires_at).getTime() <= Date.now()
  const message = MESSAGES[expired ? "expired" : "unusable"][requestLocale(req)]
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
    ;({ result: accepted } = await acceptProducerInviteWorkflow(req.scope).run({ input: { invite_token_hash: tokenHash, password } }))
  } catch (error) {
    // Unknown, used or expired, or taken by a simultaneous request: the claim step refused it.
    if ((error as { message?: string } | undefined)?.message === INVITE_UNUSABLE) return refuse(req, res, tokenHash)
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
    { secret: http.jwtSecret, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
  res.json({ token: jwt })
}
