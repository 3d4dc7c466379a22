import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  cashMovementInputSchema,
  closeRegisterSchema,
  counterReturnInputSchema,
  counterSaleInputSchema,
  openRegisterSchema,
  pointOfSaleInputSchema,
  pointOfSaleUpdateSchema,
  transferInputSchema,
  transferReceiptSchema,
} from "@ocop/domain"
import { z } from "zod"
import { validateBody, validateQuery } from "../../utils/http"
import { counterSalesQuerySchema, emailReceiptSchema, resolveFlagSchema } from "../counter-sales/validators"
import {
  pickupHandOverSchema,
  pickupPlaceSchema,
  pickupQueueQuerySchema,
  pickupReadySchema,
} from "../pickup-queue/validators"
import { registerSessionsQuerySchema } from "../register-sessions/validators"
import { emptyBodySchema, stockTransfersQuerySchema } from "../stock-transfers/validators"
import {
  adminPlacesQuerySchema,
  createRegisterSchema,
  dayReportQuerySchema,
  placeStockQuerySchema,
  placeVietQrQuerySchema,
} from "./validators"

/** Validation of the counter's routes: places, registers and sales (issue 14). */
export const adminPointOfSaleMiddlewares: MiddlewareRoute[] = [
  // Takes no parameters: anything sent is refused rather than ignored.
  { method: ["GET"], matcher: "/admin/place-managers", middlewares: [validateQuery(z.object({}).strict())] },
  { method: ["GET"], matcher: "/admin/points-of-sale", middlewares: [validateQuery(adminPlacesQuerySchema)] },
  { method: ["POST"], matcher: "/admin/points-of-sale", middlewares: [validateBody(pointOfSaleInputSchema)] },
  { method: ["POST"], matcher: "/admin/points-of-sale/:id", middlewares: [validateBody(pointOfSaleUpdateSchema)] },
  { method: ["GET"], matcher: "/admin/points-of-sale/:id/stock", middlewares: [validateQuery(placeStockQuerySchema)] },
  {
    method: ["GET"],
    matcher: "/admin/points-of-sale/:id/vietqr",
    middlewares: [validateQuery(placeVietQrQuerySchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/points-of-sale/:id/day-report",
    middlewares: [validateQuery(dayReportQuerySchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/points-of-sale/:id/registers",
    middlewares: [validateBody(createRegisterSchema)],
  },
  { method: ["GET"], matcher: "/admin/stock-transfers", middlewares: [validateQuery(stockTransfersQuerySchema)] },
  { method: ["POST"], matcher: "/admin/stock-transfers", middlewares: [validateBody(transferInputSchema)] },
  { method: ["POST"], matcher: "/admin/stock-transfers/:id/send", middlewares: [validateBody(emptyBodySchema)] },
  { method: ["POST"], matcher: "/admin/stock-transfers/:id/cancel", middlewares: [validateBody(emptyBodySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/stock-transfer-receipts",
    middlewares: [
      validateBody(transferReceiptSchema.extend({ transfer_id: z.string().trim().min(1, "required").max(100) })),
    ],
  },
  { method: ["GET"], matcher: "/admin/pickup-queue", middlewares: [validateQuery(pickupQueueQuerySchema)] },
  { method: ["POST"], matcher: "/admin/pickup-queue/:order_id/ready", middlewares: [validateBody(pickupReadySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/pickup-queue/:order_id/hand-over",
    middlewares: [validateBody(pickupHandOverSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/pickup-queue/:order_id/not-collected",
    middlewares: [validateBody(pickupPlaceSchema)],
  },
  { method: ["GET"], matcher: "/admin/register-sessions", middlewares: [validateQuery(registerSessionsQuerySchema)] },
  { method: ["POST"], matcher: "/admin/register-sessions", middlewares: [validateBody(openRegisterSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/register-sessions/:id/movements",
    middlewares: [validateBody(cashMovementInputSchema)],
  },
  { method: ["POST"], matcher: "/admin/register-sessions/:id/close", middlewares: [validateBody(closeRegisterSchema)] },
  { method: ["GET"], matcher: "/admin/counter-sales", middlewares: [validateQuery(counterSalesQuerySchema)] },
  { method: ["POST"], matcher: "/admin/counter-sales", middlewares: [validateBody(counterSaleInputSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/counter-sales/:id/returns",
    middlewares: [validateBody(counterReturnInputSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/counter-sales/:id/email-receipt",
    middlewares: [validateBody(emailReceiptSchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/counter-sales/:id/resolve-flag",
    middlewares: [validateBody(resolveFlagSchema)],
  },
]
