import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs one order action at a time per order (Medusa's locking module; Redis-backed when configured,
 * so across processes too). Each action checks the order's state and then changes it; without the
 * lock, a cancel and a shipment racing on one order could both pass their checks (issue 12).
 * A second action waits for the first, then sees the state it left.
 */
export async function withOrderLock<T>(scope: MedusaContainer, orderId: string, job: () => Promise<T>): Promise<T> {
  return scope.resolve(Modules.LOCKING).execute(`ocop-order-action:${orderId}`, job, { timeout: 30 })
}
