import type { AuthProvider, UserIdentity } from "react-admin"
import { staffRoleOf, type StaffRole } from "@ocop/domain"
import { mayAccess, PRODUCER_PERMISSIONS } from "../auth/roles"
import { createHttpClient, type FetchFn } from "./http-client"
import {
  isActorless,
  isInviteAcceptance,
  producerIdentityOf,
  tokenActor,
  type ActorType,
  type InviteAcceptance,
  type ProducerMe,
} from "./producer-auth"
import { isExpired, type TokenStore } from "./token-store"

export interface AuthProviderOptions {
  baseUrl: string
  fetch: FetchFn
  tokens: TokenStore
}

/** What `GET /admin/users/me` returns (only the fields the console uses). */
interface MedusaUser {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  avatar_url?: string | null
  metadata?: Record<string, unknown> | null
}

/** The role stored in `user.metadata.role`; none (null) when missing or unknown: no access (decision 007). */
export function roleOf(user: MedusaUser): StaffRole | null {
  return staffRoleOf(user.metadata)
}

/** Display name: "first last" when known, otherwise the email. */
export function fullNameOf(user: MedusaUser): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ").trim()
  return name || user.email
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/** Turns a failed sign-in request into the message the login page shows. */
function signInError(error: unknown): Error {
  const status = statusOf(error)
  if (status === 401 || status === 400) return new Error("ocop.auth.invalid_credentials")
  if (status === 0) return new Error("ocop.auth.unreachable")
  return new Error("ra.auth.sign_in_error")
}

/**
 * One request per token for what the token's owner is (`/admin/users/me`, `/producer/me`):
 * getIdentity and getPermissions both need it. A failure is not kept, so the next call retries.
 */
function perToken<T>(tokens: TokenStore, load: () => Promise<T>) {
  let cached: { token: string; value: Promise<T> } | null = null
  const get = (): Promise<T> => {
    const token = tokens.get()
    if (!token) return Promise.reject(new Error("ra.auth.auth_check_error"))
    if (cached?.token !== token) {
      const value = load()
      cached = { token, value }
      value.catch(() => {
        if (cached?.token === token) cached = null
      })
    }
    return cached.value
  }
  return Object.assign(get, { reset: () => void (cached = null) })
}

/**
 * react-admin authProvider for both of the console's actors, with email/password and bearer tokens:
 * Medusa's `user` (staff) and our `producer` actor (producer users). The same login page serves
 * both: staff first, then producer (see `login`).
 */
export function createAuthProvider({ baseUrl, fetch, tokens }: AuthProviderOptions): AuthProvider {
  const request = createHttpClient({ baseUrl, fetch, getToken: tokens.get })
  const currentUser = perToken(tokens, async () => {
    try {
      const { user } = await request<{ user: MedusaUser }>("/admin/users/me")
      tokens.keepProfile(user)
      return user
    } catch (error) {
      // Backend unreachable (status 0): the counter keeps selling offline (issue 14), so the console
      // opens with who this token's owner was when last seen. The server still judges every call.
      const kept = statusOf(error) === 0 ? (tokens.profile() as MedusaUser | null) : null
      if (kept) return kept
      throw error
    }
  })
  const currentProducer = perToken(tokens, () => request<ProducerMe>("/producer/me"))
  const isProducerToken = () => tokenActor(tokens.get()).type === "producer"

  const getPermissions = async () => {
    if (!tokens.get()) return undefined
    // A producer's permissions are no staff role: every staff check answers "no" (roles.ts).
    if (isProducerToken()) return PRODUCER_PERMISSIONS
    return roleOf(await currentUser())
  }

  /** Signs in as one actor type: the token, or null when these credentials do not open it. */
  const signInAs = async (actor: ActorType, email: unknown, password: unknown): Promise<string | null> => {
    try {
      const body = await request<{ token?: string }>(`/auth/${actor}/emailpass`, {
        method: "POST",
        body: { email, password },
      })
      return body.token && !isActorless(body.token) ? body.token : null
    } catch (error) {
      const status = statusOf(error)
      if (status === 401 || status === 400) return null
      throw signInError(error)
    }
  }

  /** A producer user's token is good only while the user is active and its producer not suspended. */
  const keepIfProducerMayWork = async (token: string) => {
    tokens.set(token)
    currentProducer.reset()
    try {
      await currentProducer()
    } catch (error) {
      tokens.clear()
      throw statusOf(error) === 401 ? new Error("ocop.producer_console.auth.locked") : signInError(error)
    }
  }

  const acceptInvite = async ({ invite_token, password }: InviteAcceptance) => {
    let body: { token?: string }
    try {
      body = await request("/producer/invites/accept", { method: "POST", body: { token: invite_token, password } })
    } catch (error) {
      // Expired or used invites: the server's message says which, in the user's language.
      if (statusOf(error) === 400) throw new Error((error as Error).message || "ocop.producer_console.invite.invalid")
      throw signInError(error)
    }
    if (!body.token) throw new Error("ra.auth.sign_in_error")
    await keepIfProducerMayWork(body.token)
  }

  return {
    async login(params: { email?: string; username?: string; password: string } | InviteAcceptance) {
      if (isInviteAcceptance(params)) return acceptInvite(params)
      // Our login page sends `email`; react-admin's stock form sends `username`.
      // Medusa compares emails case-sensitively and we store them lowercase.
      const email = (params.email ?? params.username ?? "").trim().toLowerCase()
      // Medusa answers 200 with an actor-less token when the password is right but the person is
      // no staff member (e.g. a producer user): only a token naming a staff user counts here.
      const staff = await signInAs("user", email, params.password)
      if (staff) {
        tokens.set(staff)
        return
      }
      const producer = await signInAs("producer", email, params.password)
      if (!producer) throw new Error("ocop.auth.invalid_credentials")
      await keepIfProducerMayWork(producer)
    },

    async logout() {
      // Bearer tokens are stateless: dropping it is the logout (DELETE /auth/session is for cookies).
      tokens.clear()
      currentUser.reset()
      currentProducer.reset()
    },

    async checkAuth() {
      const token = tokens.get()
      if (!token || isExpired(token)) {
        tokens.clear()
        throw new Error("ra.auth.auth_check_error")
      }
    },

    async checkError(error: unknown) {
      const status = statusOf(error)
      if (status === 401) {
        // react-admin then calls logout(), which drops the token, and shows this message. A
        // producer's unexpired token refused means the OCOP office locked the account out.
        const token = tokens.get()
        if (token && isProducerToken() && !isExpired(token)) throw new Error("ocop.producer_console.auth.locked")
        throw new Error("ocop.auth.session_expired")
      }
      if (status === 403) {
        // Signed in but not allowed: keep the session and tell the user why.
        throw { logoutUser: false, message: "ocop.auth.forbidden" }
      }
    },

    async getIdentity(): Promise<UserIdentity> {
      if (isProducerToken()) return producerIdentityOf(await currentProducer())
      const user = await currentUser()
      return { id: user.id, fullName: fullNameOf(user), avatar: user.avatar_url ?? undefined, email: user.email }
    },

    getPermissions,

    /** react-admin asks before each page, menu item and button: the role's areas decide (roles.ts). */
    async canAccess({ resource, action }) {
      return mayAccess(await getPermissions(), resource, action)
    },
  }
}
