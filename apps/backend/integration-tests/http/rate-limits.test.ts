import { beforeAll, describe, expect, inject, it } from "vitest"
import { api, createStaffUser, unique } from "./helpers"

/** A client address behind the reverse proxy (Express trusts one proxy: X-Forwarded-For). */
const fromAddress = (address: string) => ({ "x-forwarded-for": address })
const randomAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`

let staff: { email: string; password: string }

beforeAll(async () => {
  staff = await createStaffUser()
})

describe("brute force is slowed down (finding 5, decision 021)", () => {
  it("stops wrong passwords on one account after ten, with 429 and Retry-After, even from new addresses", async () => {
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 25; i++) {
      const res = await fetch(`${inject("backendUrl")}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json", ...fromAddress(`198.51.100.${i + 1}`) },
        body: JSON.stringify({ email: staff.email, password: `wrong-${i}` }),
      })
      statuses.push(res.status)
      if (res.status === 429) retryAfter ??= res.headers.get("retry-after")
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(10)).toEqual(Array(15).fill(429))
    expect(Number(retryAfter)).toBeGreaterThan(0)
    // The right password waits too, or guessing would go on.
    const right = await api("/auth/user/emailpass", { body: staff, headers: fromAddress(randomAddress()) })
    expect(right.status).toBe(429)
    expect(right.body.message).toMatch(/quá nhiều lần/)
  })

  it("stops one address guessing across many accounts after thirty failures", async () => {
    const address = randomAddress()
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      const res = await api("/auth/customer/emailpass", {
        body: { email: `guess-${unique()}@example.vn`, password: "123456" },
        headers: { ...fromAddress(address), "accept-language": "en" },
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429])
    // Another address is not held back by it.
    const other = await api("/auth/customer/emailpass", {
      body: { email: `guess-${unique()}@example.vn`, password: "123456" },
      headers: fromAddress(randomAddress()),
    })
    expect(other.status).toBe(401)
  })

  it("counts every registration and reset request, and failed invite acceptances, per address", async () => {
    const address = randomAddress()
    const statuses: number[] = []
    for (let i = 0; i < 31; i++) {
      const res = await api("/producer/invites/accept", {
        body: { token: `forged-${i}`, password: "mat-khau-dai-du" },
        headers: fromAddress(address),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true)
    expect(statuses[30]).toBe(429)
    const reset = await api("/auth/customer/emailpass/reset-password", {
      body: { identifier: `someone-${unique()}@example.vn` },
      headers: fromAddress(address),
    })
    expect(reset.status).toBe(429)
  })
})
