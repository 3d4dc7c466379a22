import type { IUserModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { mayRunEvents, staffRoleOf, type StaffRole } from "@ocop/domain"
import { eventError } from "./errors"

/** A staff member as the event form offers and the event page names them. */
export type EventStaff = { id: string; name: string; email: string; role: StaffRole }

const asStaff = (user: { id: string; email: string; first_name?: string | null; last_name?: string | null }) =>
  ({
    id: user.id,
    email: user.email,
    name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
  }) as const

/** The staff an event's responsible person is chosen from (`mayRunEvents`), by e-mail. */
export async function eventStaff(container: MedusaContainer): Promise<EventStaff[]> {
  const users = await container.resolve<IUserModuleService>(Modules.USER).listUsers({}, { order: { email: "ASC" } })
  return users.flatMap((u) => {
    const role = staffRoleOf(u.metadata)
    return role && mayRunEvents(role) ? [{ ...asStaff(u), role }] : []
  })
}

/**
 * The responsible person of an event, or the `responsible_not_staff` refusal when the id is not a
 * staff member who runs events (a clerk, a producer's user, someone removed): checked before any
 * change, so a refused form changes nothing.
 */
export async function checkResponsible(container: MedusaContainer, userId: string | null | undefined) {
  if (!userId) return
  const [user] = await container.resolve<IUserModuleService>(Modules.USER).listUsers({ id: userId }, { take: 1 })
  if (!user || !mayRunEvents(staffRoleOf(user.metadata))) throw eventError("responsible_not_staff")
}

/** Who the event's responsible person is, for the event page (the name even if their role changed since). */
export async function responsibleOf(container: MedusaContainer, userId: string | null | undefined) {
  if (!userId) return null
  const [user] = await container.resolve<IUserModuleService>(Modules.USER).listUsers({ id: userId }, { take: 1 })
  return user ? asStaff(user) : null
}
