import { describe, expect, it } from "vitest"
import { createAuthProvider, fullNameOf, roleOf } from "./auth-provider"
import { recordingFetch } from "./test-fetch"
import { createTokenStore, isExpired, memoryStorage } from "./token-store"

const user = { id: "user_1", email: "admin@ocop-laocai.vn", first_name: "Lan", last_name: "Nguyễn", metadata: null }

function setup(reply: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(reply)
  const tokens = createTokenStore(memoryStorage())
  return { auth: createAuthProvider({ baseUrl: "http://api", fetch, tokens }), tokens, calls }
}

/** A JWT-shaped token whose payload carries the given claims. */
const jwtOf = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.s`
/** A JWT-shaped token whose payload carries the given `exp` (seconds). */
const jwt = (exp: number) => jwtOf({ exp })
const staffToken = jwtOf({ actor_type: "user", actor_id: "user_1" })

describe("login", () => {
  it("posts email/password and stores the token", async () => {
    const { auth, tokens, calls } = setup(() => ({ json: { token: staffToken } }))
    await auth.login({ email: "admin@ocop-laocai.vn", password: "pw" })
    expect(tokens.get()).toBe(staffToken)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url.pathname).toBe("/auth/user/emailpass")
    expect(calls[0]?.method).toBe("POST")
    expect(calls[0]?.body).toEqual({ email: "admin@ocop-laocai.vn", password: "pw" })
  })

  it("sends the email trimmed and lowercase, as accounts are stored", async () => {
    const { auth, calls } = setup(() => ({ json: { token: staffToken } }))
    await auth.login({ email: " Admin@OCOP-LaoCai.vn ", password: "pw" })
    expect(calls[0]?.body).toEqual({ email: "admin@ocop-laocai.vn", password: "pw" })
  })

  it("rejects bad credentials with a translatable message, after trying both actors", async () => {
    const { auth, tokens, calls } = setup(() => ({ status: 401, json: { type: "unauthorized", message: "Invalid" } }))
    await expect(auth.login({ email: "a@b.vn", password: "x" })).rejects.toThrow("ocop.auth.invalid_credentials")
    expect(tokens.get()).toBeNull()
    expect(calls.map((c) => c.url.pathname)).toEqual(["/auth/user/emailpass", "/auth/producer/emailpass"])
  })

  it("tells the user when the backend is unreachable", async () => {
    const tokens = createTokenStore(memoryStorage())
    const auth = createAuthProvider({ baseUrl: "http://api", fetch: () => Promise.reject(new TypeError()), tokens })
    await expect(auth.login({ email: "a@b.vn", password: "x" })).rejects.toThrow("ocop.auth.unreachable")
  })
})

describe("session checks", () => {
  it("checkAuth needs an unexpired token", async () => {
    const { auth, tokens } = setup(() => ({ json: {} }))
    await expect(auth.checkAuth({})).rejects.toThrow()
    tokens.set(jwt(Date.now() / 1000 + 3600))
    await expect(auth.checkAuth({})).resolves.toBeUndefined()
    tokens.set(jwt(Date.now() / 1000 - 1))
    await expect(auth.checkAuth({})).rejects.toThrow()
    expect(tokens.get()).toBeNull()
  })

  it("checkError logs out on 401, stays on 403, ignores other errors", async () => {
    const { auth } = setup(() => ({ json: {} }))
    await expect(auth.checkError({ status: 401 })).rejects.toThrow("ocop.auth.session_expired")
    await expect(auth.checkError({ status: 403 })).rejects.toEqual({
      logoutUser: false,
      message: "ocop.auth.forbidden",
    })
    await expect(auth.checkError({ status: 404 })).resolves.toBeUndefined()
    await expect(auth.checkError({ status: 0 })).resolves.toBeUndefined()
  })

  it("logout drops the token", async () => {
    const { auth, tokens } = setup(() => ({ json: {} }))
    tokens.set("tok")
    await auth.logout({})
    expect(tokens.get()).toBeNull()
  })
})

describe("identity and permissions", () => {
  it("reads /admin/users/me once with the bearer token", async () => {
    const { auth, tokens, calls } = setup(() => ({ json: { user: { ...user, metadata: { role: "ocop_office" } } } }))
    tokens.set("tok")
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: "user_1", fullName: "Lan Nguyễn" })
    await expect(auth.getPermissions!({})).resolves.toBe("ocop_office")
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url.pathname).toBe("/admin/users/me")
    expect(calls[0]?.headers.Authorization).toBe("Bearer tok")
  })

  it("gives no role to users without a known one, and defaults the name to the email", () => {
    expect(roleOf(user)).toBeNull()
    expect(roleOf({ ...user, metadata: { role: "pirate" } })).toBeNull()
    expect(roleOf({ ...user, metadata: { role: "trade_promotion" } })).toBe("trade_promotion")
    expect(fullNameOf({ ...user, first_name: null, last_name: "" })).toBe("admin@ocop-laocai.vn")
  })

  it("opens with the role last read for this token while the backend is unreachable, never another's", async () => {
    const storage = memoryStorage()
    let reachable = true
    const { fetch } = recordingFetch(() => ({ json: { user: { ...user, metadata: { role: "pos_clerk" } } } }))
    const flaky: typeof fetch = (input, init) => (reachable ? fetch(input, init) : Promise.reject(new TypeError()))
    const signedIn = () => {
      const tokens = createTokenStore(storage)
      return { tokens, auth: createAuthProvider({ baseUrl: "http://api", fetch: flaky, tokens }) }
    }
    const first = signedIn()
    first.tokens.set("tok")
    await expect(first.auth.getPermissions!({})).resolves.toBe("pos_clerk")
    // The tablet reloads while the backend is down.
    reachable = false
    const offline = signedIn()
    await expect(offline.auth.getPermissions!({})).resolves.toBe("pos_clerk")
    await expect(offline.auth.getIdentity!()).resolves.toMatchObject({ id: "user_1" })
    // Another token (someone else signed in) gets nothing from what was kept.
    offline.tokens.set("other")
    const other = signedIn()
    await expect(other.auth.getPermissions!({})).rejects.toMatchObject({ status: 0 })
  })

  it("has no permissions when signed out", async () => {
    const { auth, calls } = setup(() => ({ json: {} }))
    await expect(auth.getPermissions!({})).resolves.toBeUndefined()
    expect(calls).toHaveLength(0)
  })
})

describe("isExpired", () => {
  it("only judges decodable tokens", () => {
    expect(isExpired(jwt(10), 20_000)).toBe(true)
    expect(isExpired(jwt(30), 20_000)).toBe(false)
    expect(isExpired("opaque-token")).toBe(false)
  })
})
