import { describe, expect, it } from "vitest"
import { hashInviteToken, INVITE_VALID_DAYS, inviteUrl, newInvite } from "./invite-token"

describe("producer invites", () => {
  it("are random, stored only as a hash, and valid for seven days", () => {
    const now = new Date("2026-03-01T00:00:00Z")
    const a = newInvite(now)
    const b = newInvite(now)
    expect(a.token).not.toBe(b.token)
    expect(a.token.length).toBeGreaterThanOrEqual(40)
    expect(a.hash).toBe(hashInviteToken(a.token))
    expect(a.hash).not.toContain(a.token)
    expect(a.expiresAt.getTime() - now.getTime()).toBe(INVITE_VALID_DAYS * 86_400_000)
  })

  it("link to the console's accept page", () => {
    expect(inviteUrl("https://console.ocop.vn", "abc-_1")).toBe("https://console.ocop.vn/#/accept-invite?token=abc-_1")
  })
})
