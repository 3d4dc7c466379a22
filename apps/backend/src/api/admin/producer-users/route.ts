import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale, ProducerUserInvite } from "@ocop/domain"
import { loadBackendEnv } from "../../../config/env"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { inviteUrl, newInvite } from "../../../modules/producer/invite-token"
import type ProducerModuleService from "../../../modules/producer/service"
import { inviteProducerUserWorkflow } from "../../../workflows/producer-user/workflows/invite-producer-user"
import { requestLocale, sendInvalid } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { producerUserView } from "./serialize"
import type { AdminProducerUsersQuery } from "./validators"

/** GET /admin/producer-users?producer_id=… — the people who sign in for producers. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminProducerUsersQuery
  const filters: Record<string, unknown> = {}
  if (query.producer_id) filters.producer_id = query.producer_id
  if (query.id) filters.id = query.id
  if (query.status) filters.status = query.status
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [users, count] = await service.listAndCountProducerUsers(filters, {
    skip: query.offset,
    take: query.limit,
    order: orderOf(query.order),
  })
  res.json({ producer_users: users.map(producerUserView), count, limit: query.limit, offset: query.offset })
}

const MESSAGES = {
  unknown_producer: { vi: "Không tìm thấy chủ thể này", en: "No such producer" },
  other_producer: {
    vi: "Email này đã là tài khoản của một chủ thể khác",
    en: "This email already signs in for another producer",
  },
  disabled_user: {
    vi: "Tài khoản của người này đang bị khóa; hãy mở khóa trước khi mời lại",
    en: "This person's account is disabled; enable it before inviting again",
  },
} satisfies Record<string, Record<DomainLocale, string>>

/** The console address, read once: the environment was checked when the server started. */
let consoleUrl: string | undefined
const consoleAddress = () => (consoleUrl ??= loadBackendEnv(process.env).consoleUrl)

/**
 * POST /admin/producer-users — invites a person for a producer, or re-issues the invite of one of
 * its users (for an active user, a link to set a new password); the link is valid 7 days and goes
 * out through the notification module.
 */
export async function POST(req: MedusaRequest<ProducerUserInvite>, res: MedusaResponse) {
  const input = req.validatedBody
  const locale = requestLocale(req)
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await service.listProducers({ id: input.producer_id }, { select: ["id", "name"], take: 1 })
  if (!producer) return sendInvalid(res, { producer_id: MESSAGES.unknown_producer[locale] }, locale)
  const [existing] = await service.listProducerUsers({ email: input.email }, { take: 1 })
  if (existing && existing.producer_id !== producer.id) {
    const message = MESSAGES.other_producer[locale]
    return res.status(409).json({ type: "duplicate_error", message, errors: { email: message } })
  }
  if (existing?.status === "disabled") {
    const message = MESSAGES.disabled_user[locale]
    return res.status(409).json({ type: "duplicate_error", message, errors: { email: message } })
  }

  const invite = newInvite()
  const url = inviteUrl(consoleAddress(), invite.token)
  const { result } = await inviteProducerUserWorkflow(req.scope).run({
    input: {
      producer_id: producer.id,
      email: input.email,
      name: input.name,
      invite_token_hash: invite.hash,
      invite_expires_at: invite.expiresAt,
      producer_name: producer.name,
      invite_url: url,
    },
  })
  const user = await service.retrieveProducerUser(result.id)
  res.status(existing ? 200 : 201).json({ producer_user: producerUserView(user), invite_url: url })
}
