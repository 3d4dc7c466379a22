import { describe, expect, it } from "vitest"
import { attemptAccountOf, attemptRuleOf } from "./attempt-limits"

describe("attempt rules", () => {
  it("counts sign-in failures for staff, producers and buyers", () => {
    for (const actor of ["user", "producer", "customer"]) {
      expect(attemptRuleOf("POST", `/auth/${actor}/emailpass`)).toEqual({ kind: "sign_in", counts: "failures" })
    }
    expect(attemptRuleOf("GET", "/auth/user/emailpass")).toBeNull()
    expect(attemptRuleOf("POST", "/auth/session")).toBeNull()
    expect(attemptRuleOf("POST", "/auth/token/refresh")).toBeNull()
  })

  it("counts every registration and password request, and failed invite acceptances", () => {
    expect(attemptRuleOf("POST", "/auth/customer/emailpass/register")).toEqual({ kind: "register", counts: "every" })
    expect(attemptRuleOf("POST", "/store/customers")).toEqual({ kind: "register", counts: "every" })
    expect(attemptRuleOf("POST", "/AUTH/user/emailpass/reset-password/")).toEqual({ kind: "password", counts: "every" })
    expect(attemptRuleOf("POST", "/auth/customer/emailpass/update")).toEqual({ kind: "password", counts: "every" })
    expect(attemptRuleOf("POST", "/admin/staff/invites/accept")).toEqual({ kind: "invite", counts: "failures" })
    expect(attemptRuleOf("POST", "/producer/invites/accept")).toEqual({ kind: "invite", counts: "failures" })
    expect(attemptRuleOf("POST", "/store/carts")).toBeNull()
  })

  it("reads the account from the e-mail or identifier", () => {
    expect(attemptAccountOf({ email: " Lan@Ocop.vn " })).toBe("lan@ocop.vn")
    expect(attemptAccountOf({ identifier: "x@y.vn" })).toBe("x@y.vn")
    expect(attemptAccountOf({ email: 12 })).toBeNull()
    expect(attemptAccountOf(null)).toBeNull()
  })
})
