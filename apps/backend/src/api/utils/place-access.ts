import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import type { IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { clerkPlacesOf, mayActAtPlace, posRefusalMessage, type StaffRole } from "@ocop/domain"
import { POINT_OF_SALE_MODULE } from "../../modules/point-of-sale"
import type PointOfSaleModuleService from "../../modules/point-of-sale/service"
import type { PlaceRow } from "../../workflows/point-of-sale/pickup-options"
import { requestLocale } from "./http"
import { staffRoleOfRequest } from "./staff-role"

/** Who is acting at a counter: their user id, role and (for clerks) the places they are tied to. */
export type CounterActor = { id: string; role: StaffRole | null; places: string[] }

const actors = new WeakMap<MedusaRequest, CounterActor>()

/** The acting staff member; the places are read from the user on every request, never from the body. */
export async function counterActor(req: AuthenticatedMedusaRequest): Promise<CounterActor> {
  const known = actors.get(req)
  if (known) return known
  const id = req.auth_context.actor_id
  const role = staffRoleOfRequest(req)
  let places: string[] = []
  if (role === "pos_clerk") {
    const users = req.scope.resolve<IUserModuleService>(Modules.USER)
    const [user] = await users.listUsers({ id }, { select: ["id", "metadata"], take: 1 })
    places = clerkPlacesOf(user?.metadata)
  }
  const actor = { id, role, places }
  actors.set(req, actor)
  return actor
}

/** The ids of the places the actor may see, or null for every place. */
export async function visiblePlaceIds(req: AuthenticatedMedusaRequest): Promise<string[] | null> {
  const actor = await counterActor(req)
  return actor.role === "pos_clerk" ? actor.places : null
}

/**
 * Loads a place and checks that the actor may `need` it: 404 when it does not exist, 403
 * `not_your_place` when a clerk of another place asks. Every counter route goes through here.
 */
export async function placeFor(
  req: AuthenticatedMedusaRequest,
  placeId: string,
  need: "read" | "write",
): Promise<PlaceRow> {
  const locale = requestLocale(req)
  const places = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [place] = await places.listPointOfSales({ id: placeId })
  if (!place)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, posRefusalMessage("place_not_found", locale), "place_not_found")
  const actor = await counterActor(req)
  if (!mayActAtPlace(actor.role, actor.places, place.id, need)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, posRefusalMessage("not_your_place", locale), "not_your_place")
  }
  return place
}

/** The place owning a stock location, if any (transfers name locations, not places). */
export async function placeAtLocation(req: MedusaRequest, locationId: string): Promise<PlaceRow | null> {
  const places = req.scope.resolve<PointOfSaleModuleService>(POINT_OF_SALE_MODULE)
  const [place] = await places.listPointOfSales({ stock_location_id: locationId })
  return place ?? null
}

/**
 * The list filter of a place's records (sales, register sessions…): the one place asked for, once
 * the actor may read it, or else every place the actor may see (null: no filter, every place).
 */
export async function placeListFilter(
  req: AuthenticatedMedusaRequest,
  placeId: string | undefined,
): Promise<{ point_of_sale_id?: string | string[] }> {
  if (placeId) return { point_of_sale_id: (await placeFor(req, placeId, "read")).id }
  const visible = await visiblePlaceIds(req)
  return visible ? { point_of_sale_id: visible } : {}
}
