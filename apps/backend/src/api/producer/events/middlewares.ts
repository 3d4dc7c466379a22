import type { MiddlewareRoute } from "@medusajs/framework/http"
import { boothStockDeclarationSchema, invitationAnswerSchema } from "@ocop/domain"
import { validateBody } from "../../utils/http"

/** Validation of the producer's event routes; the producer route table lists them (actor-routes.ts). */
export const producerEventMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/producer/events/:id/answer", middlewares: [validateBody(invitationAnswerSchema)] },
  { method: ["POST"], matcher: "/producer/events/:id/stock", middlewares: [validateBody(boothStockDeclarationSchema)] },
]
