import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isoDateToDate, toIsoDate } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const findDueCertificationsStepId = "find-due-certifications"

/** Days back that a certificate's start counts as "just came into force" (covers a missed run). */
const STARTED_LOOKBACK_DAYS = 3

/**
 * Finds certificates whose stored status is behind the calendar: 'valid' ones past valid_until
 * (to expire), 'valid' ones whose scheduled revocation has passed (to revoke), and the products of
 * certificates that came into force in the last days (their badge must appear). Read-only.
 */
export const findDueCertificationsStep = createStep(
  findDueCertificationsStepId,
  async (input: { now?: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    // valid_until is the last valid Vietnam day: it expires once today (in Vietnam) is later.
    const today = isoDateToDate(toIsoDate(now))!
    const lookback = new Date(today.getTime() - STARTED_LOOKBACK_DAYS * 86_400_000)
    const [expiring, revoking, started] = await Promise.all([
      ocop.listCertifications({ status: "valid", valid_until: { $lt: today } }, { select: ["id", "product_id"] }),
      ocop.listCertifications({ status: "valid", revoked_at: { $lte: now } }, { select: ["id", "product_id"] }),
      ocop.listCertifications(
        { status: "valid", valid_from: { $gte: lookback, $lte: today } },
        { select: ["id", "product_id"] },
      ),
    ])
    const revokingIds = new Set(revoking.map((c) => c.id))
    return new StepResponse({
      expire: expiring.filter((c) => !revokingIds.has(c.id)).map((c) => ({ id: c.id, product_id: c.product_id })),
      revoke: revoking.map((c) => ({ id: c.id, product_id: c.product_id })),
      started_product_ids: [...new Set(started.map((c) => c.product_id))],
    })
  },
)
