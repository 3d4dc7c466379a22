import { clerkPlacesOf, staffRoleOf } from "@ocop/domain"

/** A staff account as the console shows it: the role is lifted out of the metadata. */
export function staffMember(user: {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  metadata?: Record<string, unknown> | null
  created_at?: Date | string
}) {
  return {
    id: user.id,
    email: user.email,
    first_name: user.first_name ?? null,
    last_name: user.last_name ?? null,
    role: staffRoleOf(user.metadata),
    point_of_sale_ids: clerkPlacesOf(user.metadata),
    created_at: user.created_at,
  }
}
