import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { EventPrices } from "@ocop/domain"
import { answeringEventRefusals } from "../../../../../workflows/event/errors"
import { loadEvent } from "../../../../../workflows/event/load"
import { setEventPricesWorkflow } from "../../../../../workflows/event/workflows/event-prices"
import { requestLocale } from "../../../../utils/http"
import { eventView } from "../../serialize"

/**
 * POST /admin/trade-events/:id/prices { online, prices: [{ variant_id, amount }] } — replaces the
 * event's prices (a Medusa price list in the booth's channel, and the storefront's with `online`).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answeringEventRefusals(requestLocale(req), res, async () => {
    const body = req.validatedBody as EventPrices
    const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
    await setEventPricesWorkflow(req.scope).run({
      input: { ...body, event_id: req.params.id!, online_channel_id: store?.default_sales_channel_id ?? null },
    })
    res.json({ trade_event: await eventView(req.scope, await loadEvent(req.scope, req.params.id!)) })
  })
}
