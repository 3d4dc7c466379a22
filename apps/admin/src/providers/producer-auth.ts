import type { UserIdentity } from "react-admin"

/**
 * The producer side of signing in. Medusa signs one JWT per actor type: `POST /auth/user/emailpass`
 * for staff, `POST /auth/producer/emailpass` for producer users (a custom actor). The token's
 * `actor_type` says which console the person gets; its `actor_id` is empty when the email and
 * password are right but no actor of that type is linked (Medusa still answers 200 then).
 */
export type ActorType = "user" | "producer"

export interface TokenActor {
  type: ActorType | null
  id: string | null
  /** False for an opaque token: the server stays the judge of what it opens. */
  readable: boolean
}

/** Reads `actor_type` and `actor_id` from a JWT's payload; an opaque or unreadable token has neither. */
export function tokenActor(token: string | null | undefined): TokenActor {
  const payload = token?.split(".")[1]
  const unreadable = { type: null, id: null, readable: false }
  if (!payload) return unreadable
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>
    const type = claims.actor_type === "user" || claims.actor_type === "producer" ? claims.actor_type : null
    const id = typeof claims.actor_id === "string" && claims.actor_id !== "" ? claims.actor_id : null
    return { type, id, readable: true }
  } catch {
    return unreadable
  }
}

/** A readable token that names no actor: right password, but no account of that actor type. */
export function isActorless(token: string): boolean {
  const actor = tokenActor(token)
  return actor.readable && actor.id === null
}

/** What `GET /producer/me` returns (only the fields the console uses). */
export interface ProducerMe {
  user: { id: string; email: string; name?: string | null }
  producer: { id: string; name: string; handle?: string; logo_url?: string | null }
}

/** The producer user as react-admin's identity, with the producer's name for the app bar. */
export interface ProducerIdentity extends UserIdentity {
  producerId: string
  producerName: string
}

/** Identity of a producer user: their own name (or email) and the producer they work for. */
export function producerIdentityOf(me: ProducerMe): ProducerIdentity {
  return {
    id: me.user.id,
    fullName: me.user.name?.trim() || me.user.email,
    email: me.user.email,
    avatar: me.producer.logo_url ?? undefined,
    producerId: me.producer.id,
    producerName: me.producer.name,
  }
}

/** Login parameters of the accept-invite page: the invite token and the chosen password. */
export interface InviteAcceptance {
  invite_token: string
  password: string
}

/** Whether `login()` was called by the accept-invite page rather than the login form. */
export function isInviteAcceptance(params: object): params is InviteAcceptance {
  return typeof (params as Partial<InviteAcceptance>).invite_token === "string"
}
