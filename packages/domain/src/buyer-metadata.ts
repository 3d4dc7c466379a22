import { z } from "zod"
import { FULFILMENTS, PAYMENT_METHODS } from "./address-schemas"

/**
 * The only metadata a buyer may write, on their cart: how they want it delivered and paid. Medusa
 * copies a cart's metadata onto the order, where staff fields live (`cancel_reason`, `canceled_by`,
 * refunds…), so any other key — or metadata on lines or on the customer — is refused: nothing a buyer
 * writes can pose as something staff did (decision 022).
 */
export const buyerCartMetadataSchema = z
  .object({
    fulfilment: z.enum(FULFILMENTS).optional(),
    payment_method: z.enum(PAYMENT_METHODS).optional(),
  })
  .strict()

/** Keys of cart metadata a buyer may set. */
export const BUYER_CART_METADATA_KEYS = Object.keys(buyerCartMetadataSchema.shape) as readonly string[]
