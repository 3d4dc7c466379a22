import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { posRefusalMessage } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../../modules/point-of-sale/service"
import { sessionExpectedCash } from "../../../workflows/point-of-sale/steps/register-steps"
import { requestLocale } from "../../utils/http"
import { placeFor } from "../../utils/place-access"

/** A register session and its place, after checking that the caller may `need` that place. */
export async function sessionFor(req: AuthenticatedMedusaRequest, id: string, need: "read" | "write") {
  const service = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [session] = await service.listRegisterSessions({ id })
  if (!session) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      posRefusalMessage("session_not_found", requestLocale(req)),
      "session_not_found",
    )
  }
  const place = await placeFor(req, session.point_of_sale_id, need)
  return { session, place, service }
}

/** A session with its register's name, movements and the cash expected in the drawer (live while open). */
export async function sessionView(
  service: PointOfSaleModuleService,
  session: Awaited<ReturnType<PointOfSaleModuleService["listRegisterSessions"]>>[number],
) {
  const [movements, [register]] = await Promise.all([
    service.listCashMovements({ session_id: session.id }, { order: { created_at: "ASC" } }),
    service.listCashRegisters({ id: session.register_id }),
  ])
  return {
    ...session,
    register_name: register?.name ?? null,
    expected_cash: session.status === "open" ? await sessionExpectedCash(service, session.id) : session.expected_cash,
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      amount: m.amount,
      reason: m.reason,
      counter_sale_id: m.counter_sale_id,
      order_id: m.order_id,
      created_by: m.created_by,
      after_close: m.after_close,
      created_at: m.created_at,
    })),
  }
}
