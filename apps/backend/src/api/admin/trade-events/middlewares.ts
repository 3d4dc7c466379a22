import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  boothLossSchema,
  eventPricesSchema,
  leadInputSchema,
  leadUpdateSchema,
  eventSpendingInputSchema,
  participantInputSchema,
  participantUpdateSchema,
  staffBoothStockDeclarationSchema,
  tradeEventInputSchema,
  tradeEventStatusSchema,
  tradeEventUpdateSchema,
} from "@ocop/domain"
import { validateBody, validateQuery } from "../../utils/http"
import { adminEventsQuerySchema } from "./validators"

/** Validation of trade promotion's event routes (issue 15); the route table puts them in the `trade` area. */
export const adminTradeEventMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/trade-events", middlewares: [validateQuery(adminEventsQuerySchema)] },
  { method: ["POST"], matcher: "/admin/trade-events", middlewares: [validateBody(tradeEventInputSchema)] },
  { method: ["POST"], matcher: "/admin/trade-events/:id", middlewares: [validateBody(tradeEventUpdateSchema)] },
  { method: ["POST"], matcher: "/admin/trade-events/:id/status", middlewares: [validateBody(tradeEventStatusSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/trade-events/:id/spendings",
    middlewares: [validateBody(eventSpendingInputSchema)],
  },
  { method: ["POST"], matcher: "/admin/trade-events/:id/leads", middlewares: [validateBody(leadInputSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/trade-events/:id/leads/:lead_id",
    middlewares: [validateBody(leadUpdateSchema)],
  },
  { method: ["POST"], matcher: "/admin/trade-events/:id/prices", middlewares: [validateBody(eventPricesSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/trade-events/:id/stock-declarations",
    middlewares: [validateBody(staffBoothStockDeclarationSchema)],
  },
  { method: ["POST"], matcher: "/admin/trade-events/:id/booth-losses", middlewares: [validateBody(boothLossSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/trade-events/:id/participants",
    middlewares: [validateBody(participantInputSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/trade-events/:id/participants/:participant_id",
    middlewares: [validateBody(participantUpdateSchema)],
  },
]
