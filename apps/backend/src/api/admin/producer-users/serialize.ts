import type { ProducerUser, ProducerUserStatus } from "@ocop/domain"

type ProducerUserRecord = {
  id: string
  producer_id: string
  email: string
  name: string
  status: string
  invite_expires_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString()

/** A producer user for staff; the invite token's hash never leaves the server. */
export function producerUserView(u: ProducerUserRecord): ProducerUser {
  return {
    id: u.id,
    producer_id: u.producer_id,
    email: u.email,
    name: u.name,
    status: u.status as ProducerUserStatus,
    invite_expires_at: u.invite_expires_at ? iso(u.invite_expires_at) : null,
    created_at: iso(u.created_at),
    updated_at: iso(u.updated_at),
  }
}
