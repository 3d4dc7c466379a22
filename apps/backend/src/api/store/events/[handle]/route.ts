import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eventRefusalMessage } from "@ocop/domain"
import { EVENT_RELATIONS, eventService } from "../../../../workflows/event/load"
import { byBooth, eventPrices, participantNames } from "../../../admin/trade-events/serialize"
import { requestLocale } from "../../../utils/http"
import { storeEvent } from "../serialize"

/**
 * GET /store/events/:handle — the event with the producers taking part (those who accepted), their
 * booths and the published products they bring, and its prices when they apply online.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = String(req.params.handle ?? "").slice(0, 100)
  const [event] = await eventService(req.scope).listTradeEvents({ handle }, { relations: EVENT_RELATIONS, take: 1 })
  if (!event) {
    const locale = requestLocale(req)
    return res
      .status(404)
      .json({ type: "not_found", code: "event_not_found", message: eventRefusalMessage("event_not_found", locale) })
  }
  const taking = byBooth(event.participants.filter((p) => p.status === "accepted"))
  const names = await participantNames(req.scope, [{ ...event, participants: taking }])
  res.json({
    event: {
      ...storeEvent(event),
      participants: taking
        .map((p) => {
          const producer = names.producers.get(p.producer_id)
          return {
            producer: producer ? { name: producer.name, handle: producer.handle } : null,
            booth_number: p.booth_number,
            products: p.products.flatMap((x) => {
              const product = names.products.get(x.product_id)
              return product && product.status === "published"
                ? [{ title: product.title, handle: product.handle, thumbnail: product.thumbnail }]
                : []
            }),
          }
        })
        .filter((p) => p.producer),
      // Event prices are shown only when they apply online too; at the booth the counter has them.
      prices: event.prices_online
        ? (await eventPrices(req.scope, event.price_list_id as string | null)).map((p) => ({
            product_title: p.product_title,
            product_handle: p.product_handle,
            variant_title: p.variant_title,
            amount: p.amount,
          }))
        : [],
    },
  })
}
