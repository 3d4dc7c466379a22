import { describe, expect, it } from "vitest"
import { dashboardSectionsOf } from "./dashboard"
import { staffMayCall } from "./admin-routes"

describe("dashboardSectionsOf", () => {
  it("gives each role its parts of the home page, a clerk or no role none", () => {
    expect(dashboardSectionsOf("admin")).toEqual(["sales", "operations", "register"])
    expect(dashboardSectionsOf("trade_promotion")).toEqual(["sales", "operations"])
    expect(dashboardSectionsOf("ocop_office")).toEqual(["register", "sales"])
    expect(dashboardSectionsOf("pos_clerk")).toEqual([])
    expect(dashboardSectionsOf(null)).toEqual([])
  })

  it("is reachable by the roles that have a part, refused to a clerk", () => {
    for (const role of ["admin", "trade_promotion", "ocop_office"] as const)
      expect(staffMayCall(role, "GET", "/admin/dashboard"), role).toBe(true)
    expect(staffMayCall("pos_clerk", "GET", "/admin/dashboard")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/admin/dashboard")).toBe(false)
  })
})
