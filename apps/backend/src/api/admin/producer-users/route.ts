import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale, ProducerUserInvite } from "@ocop/domain"
import { loadBackendEnv } from "../../../config/env"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { inviteUrl, newInvite } from "../../../modules/producer/invite-token"
import { sealLink } from "../../../notifications/secret-links"
import type ProducerModuleService from "../../../modules/producer/service"
import { emailSignsInForOthers } from "../../../workflows/producer-user/email-login"
import { inviteProducerUserWorkflow } from "../../../workflows/producer-user/workflows/invite-producer-user"
import { requestLocale, sendInvalid } from "../../utils/http"
import { filtersFrom, orderOf } from "../../utils/paging"
import { producerUserView } from "./serialize"
import type { AdminProducerUsersQuery } from "./validators"

/** GET /admin/producer-users?producer_id=… — the people who sign in for producers. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminProducerUsersQuery
  const filters = filtersFrom(query, ["producer_id", "id", "status"])
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
  login_of_others: {
    vi: "Email này đang dùng để đăng nhập một tài khoản khác (cán bộ hoặc người mua); hãy mời người này bằng một email khác",
    en: "This email already signs in to another account (staff or buyer); invite this person with a different email",
  },
} satisfies Record<string, Record<DomainLocale, string>>

/** The console address, read once: the environment was checked when the server started. */
let consoleUrl: string | undefined
const consoleAddress = () => (consoleUrl ??= loadBackendEnv(process.env).consoleUrl)

/**
 * POST /admin/producer-users — invites a person for a producer, or re-issues the invite of one of
 * its users (for an active user, a link to set a new password); the link is valid 7 days and goes
 * out through the notification module. An address that already signs in for staff or a buyer is
 * refused: accepting sets the login's password. The link itself is in the answer only outside
 * production, for trying things out; in production only the invitee's mailbox gets it.
 */
export async function POST(req: MedusaRequest<ProducerUserInvite>, res: MedusaResponse) {
  const input = req.validatedBody
  const locale = requestLocale(req)
  const service = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await service.listProducers({ id: input.producer_id }, { select: ["id", "name"], take: 1 })
  if (!producer) return sendInvalid(res, { producer_id: MESSAGES.unknown_producer[locale] }, locale)
  const [existing] = await service.listProducerUsers({ email: input.email }, { take: 1 })
  const refusal =
    existing && existing.producer_id !== producer.id
      ? MESSAGES.other_producer
      : existing?.status === "disabled"
        ? MESSAGES.disabled_user
        : (await emailSignsInForOthers(req.scope, input.email, existing?.id))
          ? MESSAGES.login_of_others
          : undefined
  if (refusal) {
    const message = refusal[locale]
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
      invite_url: sealLink(url),
    },
  })
  const user = await service.retrieveProducerUser(result.id)
  const shown = process.env.NODE_ENV !== "production" ? { invite_url: url } : {}
  res.status(existing ? 200 : 201).json({ producer_user: producerUserView(user), ...shown })
}
