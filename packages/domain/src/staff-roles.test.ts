import { describe, expect, it } from "vitest"
import {
  clerkPlacesOf,
  mayActAtPlace,
  STAFF_AREAS,
  STAFF_ROLES,
  staffAccess,
  staffMay,
  staffRoleOf,
} from "./staff-roles"

describe("staff roles", () => {
  it("has the three roles of issue 6 and the counter clerk of issue 14, the administrator first", () => {
    expect(STAFF_ROLES).toEqual(["admin", "ocop_office", "trade_promotion", "pos_clerk"])
  })

  it("lets the administrator do everything", () => {
    for (const area of STAFF_AREAS) expect(staffMay("admin", area, "write")).toBe(true)
  })

  it("keeps the register with the OCOP office and certificates away from trade promotion", () => {
    expect(staffMay("ocop_office", "register", "write")).toBe(true)
    expect(staffMay("ocop_office", "certificates", "write")).toBe(true)
    expect(staffMay("ocop_office", "staff", "read")).toBe(false)
    expect(staffMay("trade_promotion", "register", "read")).toBe(true)
    expect(staffMay("trade_promotion", "register", "write")).toBe(false)
    expect(staffMay("trade_promotion", "certificates", "read")).toBe(false)
    expect(staffMay("trade_promotion", "trade", "write")).toBe(true)
    expect(staffMay("trade_promotion", "staff", "read")).toBe(false)
  })

  it("gives a user without a known role nothing", () => {
    expect(staffRoleOf(null)).toBeNull()
    expect(staffRoleOf({})).toBeNull()
    expect(staffRoleOf({ role: "superuser" })).toBeNull()
    expect(staffRoleOf({ role: "toString" })).toBeNull()
    expect(staffRoleOf({ role: "ocop_office" })).toBe("ocop_office")
    for (const area of STAFF_AREAS) {
      expect(staffAccess(null, area)).toBe("none")
      expect(staffMay(undefined, area, "read")).toBe(false)
    }
  })

  it("ties a clerk to their places of sale and keeps them away from everything else", () => {
    for (const area of STAFF_AREAS) expect(staffMay("pos_clerk", area, "read")).toBe(area === "counter")
    expect(clerkPlacesOf({ point_of_sale_ids: ["pos_a", 3, "", "pos_b"] })).toEqual(["pos_a", "pos_b"])
    expect(clerkPlacesOf({ point_of_sale_ids: "pos_a" })).toEqual([])
    expect(mayActAtPlace("pos_clerk", ["pos_a"], "pos_a", "write")).toBe(true)
    expect(mayActAtPlace("pos_clerk", ["pos_a"], "pos_b", "read")).toBe(false)
    expect(mayActAtPlace("trade_promotion", [], "pos_b", "write")).toBe(true)
    expect(mayActAtPlace("admin", [], "pos_b", "write")).toBe(true)
    expect(mayActAtPlace("ocop_office", [], "pos_b", "read")).toBe(true)
    expect(mayActAtPlace("ocop_office", [], "pos_b", "write")).toBe(false)
    expect(mayActAtPlace(null, ["pos_b"], "pos_b", "read")).toBe(false)
  })
})
