import { describe, expect, it } from "vitest"
import { canRead, canWrite, isProducer } from "../auth/roles"
import { createAuthProvider } from "./auth-provider"
import { isActorless, tokenActor } from "./producer-auth"
import { recordingFetch, type RecordedCall } from "./test-fetch"
import { createTokenStore, memoryStorage } from "./token-store"

const jwtOf = (claims: object) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.s`
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600
const producerToken = jwtOf({ actor_type: "producer", actor_id: "pdus_1", exp: inAnHour() })
const actorlessStaffToken = jwtOf({ actor_type: "user", actor_id: "", exp: inAnHour() })
const me = {
  user: { id: "pdus_1", email: "htx-cam-quyt-bao-thang@ocop-laocai.vn", name: "Nguyễn Văn Hưng" },
  producer: { id: "pdcr_1", name: "HTX Cam quýt Bảo Thắng" },
}

type Reply = ReturnType<Parameters<typeof recordingFetch>[0] & object>

/** Answers by path; a path with no answer is a 404, so an unexpected request shows up as a failure. */
function setup(routes: Record<string, Reply | ((call: RecordedCall) => Reply)>) {
  const { fetch, calls } = recordingFetch((call) => {
    const route = routes[call.url.pathname]
    if (!route) return { status: 404, json: { type: "not_found", message: call.url.pathname } }
    return typeof route === "function" ? route(call) : route
  })
  const tokens = createTokenStore(memoryStorage())
  return { auth: createAuthProvider({ baseUrl: "http://api", fetch, tokens }), tokens, calls }
}

const paths = (calls: RecordedCall[]) => calls.map((c) => `${c.method} ${c.url.pathname}`)

describe("producer login", () => {
  it("falls back to the producer actor when the staff route refuses the credentials", async () => {
    const { auth, tokens, calls } = setup({
      "/auth/user/emailpass": { status: 401, json: { type: "unauthorized", message: "Invalid email or password" } },
      "/auth/producer/emailpass": { json: { token: producerToken } },
      "/producer/me": { json: me },
    })
    await auth.login({ email: me.user.email, password: "ocop-demo-2021" })
    expect(tokens.get()).toBe(producerToken)
    expect(paths(calls)).toEqual(["POST /auth/user/emailpass", "POST /auth/producer/emailpass", "GET /producer/me"])
    expect(calls[1]?.body).toEqual({ email: me.user.email, password: "ocop-demo-2021" })
    expect(calls[2]?.headers.Authorization).toBe(`Bearer ${producerToken}`)
  })

  it("falls back too when the staff route signs the identity in without a staff user", async () => {
    const { auth, tokens, calls } = setup({
      "/auth/user/emailpass": { json: { token: actorlessStaffToken } },
      "/auth/producer/emailpass": { json: { token: producerToken } },
      "/producer/me": { json: me },
    })
    await auth.login({ email: me.user.email, password: "pw" })
    expect(tokens.get()).toBe(producerToken)
    expect(paths(calls)).toContain("POST /auth/producer/emailpass")
  })

  it("refuses a person who is neither staff nor producer user, keeping no token", async () => {
    const { auth, tokens } = setup({
      "/auth/user/emailpass": { json: { token: actorlessStaffToken } },
      "/auth/producer/emailpass": { json: { token: jwtOf({ actor_type: "producer", actor_id: "" }) } },
    })
    await expect(auth.login({ email: "buyer@example.com", password: "pw" })).rejects.toThrow(
      "ocop.auth.invalid_credentials",
    )
    expect(tokens.get()).toBeNull()
  })

  it("keeps a suspended producer out at sign-in with a clear message", async () => {
    const { auth, tokens } = setup({
      "/auth/user/emailpass": { status: 401, json: { message: "Invalid" } },
      "/auth/producer/emailpass": { json: { token: producerToken } },
      "/producer/me": { status: 401, json: { type: "unauthorized", message: "Chủ thể đang tạm ngừng" } },
    })
    await expect(auth.login({ email: me.user.email, password: "pw" })).rejects.toThrow(
      "ocop.producer_console.auth.locked",
    )
    expect(tokens.get()).toBeNull()
  })
})

describe("producer identity and permissions", () => {
  it("reads /producer/me once for the identity, and gives producer permissions without asking", async () => {
    const { auth, tokens, calls } = setup({ "/producer/me": { json: me } })
    tokens.set(producerToken)
    const permissions = await auth.getPermissions!({})
    expect(permissions).toBe("producer")
    expect(calls).toHaveLength(0)
    await expect(auth.getIdentity!()).resolves.toMatchObject({
      id: "pdus_1",
      fullName: "Nguyễn Văn Hưng",
      producerName: "HTX Cam quýt Bảo Thắng",
    })
    await auth.getIdentity!()
    expect(paths(calls)).toEqual(["GET /producer/me"])
  })

  it("opens no staff area to producer permissions", () => {
    expect(isProducer("producer")).toBe(true)
    expect(isProducer("ocop_office")).toBe(false)
    for (const area of ["register", "certificates", "orders", "trade", "staff", "reference"] as const) {
      expect(canRead("producer", area)).toBe(false)
      expect(canWrite("producer", area)).toBe(false)
    }
  })

  it("tells a producer locked out during the session why it was signed out", async () => {
    const { auth, tokens } = setup({})
    tokens.set(producerToken)
    await expect(auth.checkError({ status: 401 })).rejects.toThrow("ocop.producer_console.auth.locked")
    tokens.set(jwtOf({ actor_type: "producer", actor_id: "pdus_1", exp: 10 }))
    await expect(auth.checkError({ status: 401 })).rejects.toThrow("ocop.auth.session_expired")
  })
})

describe("accepting an invite", () => {
  it("sets the password and signs the new user in", async () => {
    const { auth, tokens, calls } = setup({
      "/producer/invites/accept": { json: { token: producerToken } },
      "/producer/me": { json: me },
    })
    await auth.login({ invite_token: "inv-123", password: "mật-khẩu-mới-2024" })
    expect(tokens.get()).toBe(producerToken)
    expect(paths(calls)).toEqual(["POST /producer/invites/accept", "GET /producer/me"])
    expect(calls[0]?.body).toEqual({ token: "inv-123", password: "mật-khẩu-mới-2024" })
    expect(calls[0]?.headers.Authorization).toBeUndefined()
  })

  it("shows the server's reason for an expired or used invite, and signs nobody in", async () => {
    const { auth, tokens } = setup({
      "/producer/invites/accept": { status: 400, json: { type: "invalid_data", message: "Lời mời đã hết hạn" } },
    })
    await expect(auth.login({ invite_token: "old", password: "pw-pw-pw-pw" })).rejects.toThrow("Lời mời đã hết hạn")
    expect(tokens.get()).toBeNull()
  })
})

describe("tokenActor", () => {
  it("reads the actor of a JWT and leaves opaque tokens to the server", () => {
    expect(tokenActor(producerToken)).toEqual({ type: "producer", id: "pdus_1", readable: true })
    expect(isActorless(actorlessStaffToken)).toBe(true)
    expect(isActorless(producerToken)).toBe(false)
    expect(isActorless("opaque")).toBe(false)
    expect(tokenActor("a.%%%.c").readable).toBe(false)
    expect(tokenActor(null).type).toBeNull()
  })
})
