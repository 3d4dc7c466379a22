import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { accessTablesMarkdown } from "./access-tables"
import { adminAreaOf, neededAccess, staffMayCall } from "./admin-routes"

describe("admin route table", () => {
  it("maps our routes and Medusa's register routes to their areas", () => {
    expect(adminAreaOf("/admin/producers/import")).toBe("register")
    expect(adminAreaOf("/admin/products/prod_1/ocop")).toBe("register")
    expect(adminAreaOf("/admin/inventory-items/iitem_1/location-levels")).toBe("register")
    expect(adminAreaOf("/admin/certifications/ocert_1/revoke")).toBe("certificates")
    expect(adminAreaOf("/admin/staff/user_1/role")).toBe("staff")
  })

  it("gives every route no line names to administrators only (finding 2)", () => {
    for (const [method, route] of [
      ["GET", "/admin/search"],
      ["GET", "/admin/api-keys"],
      ["GET", "/admin/workflows-executions"],
      ["GET", "/admin/notifications"],
      ["POST", "/admin/reservations"],
      ["DELETE", "/admin/reservations/res_1"],
      ["GET", "/admin/a-route-medusa-adds-tomorrow"],
      ["GET", "/admin/productsx"],
    ] as const) {
      expect(adminAreaOf(route)).toBe("administrators")
      for (const role of ["ocop_office", "trade_promotion", null] as const) {
        expect(staffMayCall(role, method, route), `${role} ${method} ${route}`).toBe(false)
      }
      expect(staffMayCall("admin", method, route)).toBe(true)
    }
  })

  it("grants what the role's line grants, capped by read-only lines", () => {
    expect(staffMayCall("ocop_office", "POST", "/admin/producers")).toBe(true)
    expect(staffMayCall("trade_promotion", "POST", "/admin/producers")).toBe(false)
    expect(staffMayCall("trade_promotion", "GET", "/admin/producers/p_1")).toBe(true)
    expect(staffMayCall("trade_promotion", "POST", "/admin/ocop-orders/order_1/cancel")).toBe(true)
    expect(staffMayCall("trade_promotion", "GET", "/admin/orders/order_1")).toBe(true)
    expect(staffMayCall("trade_promotion", "POST", "/admin/orders/order_1/cancel")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/admin/payments/pay_1/capture")).toBe(false)
    expect(staffMayCall("ocop_office", "GET", "/admin/regions")).toBe(true)
    expect(staffMayCall("ocop_office", "POST", "/admin/regions")).toBe(false)
    expect(staffMayCall("ocop_office", "POST", "/admin/products/export")).toBe(false)
    expect(staffMayCall("trade_promotion", "GET", "/admin/certifications")).toBe(false)
  })

  it("gives the counter to clerks and trade promotion, and setting places up and sending stock to trade promotion", () => {
    expect(staffMayCall("pos_clerk", "GET", "/admin/points-of-sale/pos_1/stock")).toBe(true)
    expect(staffMayCall("pos_clerk", "POST", "/admin/points-of-sale")).toBe(false)
    expect(staffMayCall("pos_clerk", "POST", "/admin/points-of-sale/pos_1/registers")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/admin/points-of-sale/pos_1")).toBe(true)
    expect(staffMayCall("ocop_office", "POST", "/admin/points-of-sale")).toBe(false)
    expect(staffMayCall("ocop_office", "GET", "/admin/points-of-sale/pos_1/day-report")).toBe(true)
    expect(staffMayCall("pos_clerk", "POST", "/admin/counter-sales")).toBe(true)
    expect(staffMayCall("ocop_office", "POST", "/admin/counter-sales")).toBe(false)
    expect(staffMayCall("pos_clerk", "POST", "/admin/register-sessions/rses_1/close")).toBe(true)
    expect(staffMayCall("pos_clerk", "GET", "/admin/stock-transfers/strf_1")).toBe(true)
    expect(staffMayCall("pos_clerk", "POST", "/admin/stock-transfers")).toBe(false)
    expect(staffMayCall("trade_promotion", "GET", "/admin/place-managers")).toBe(true)
    expect(staffMayCall("pos_clerk", "GET", "/admin/place-managers")).toBe(false)
    expect(staffMayCall("pos_clerk", "POST", "/ADMIN/STOCK-TRANSFERS/strf_1/SEND/")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/admin/stock-transfers/strf_1/send")).toBe(true)
    expect(staffMayCall("pos_clerk", "POST", "/admin/stock-transfer-receipts")).toBe(true)
    expect(staffMayCall("pos_clerk", "POST", "/admin/pickup-queue/order_1/hand-over")).toBe(true)
    for (const route of [
      "/admin/products",
      "/admin/ocop-orders",
      "/admin/stock-locations",
      "/admin/regions",
      "/admin/trade-events",
    ]) {
      expect(staffMayCall("pos_clerk", "GET", route), route).toBe(false)
    }
  })

  it("gives events and their report files to trade promotion, the office reading them, clerks nothing", () => {
    for (const file of ["report", "report.xlsx", "report.pdf"]) {
      const path = `/admin/trade-events/tev_1/${file}`
      expect(staffMayCall("trade_promotion", "GET", path), path).toBe(true)
      expect(staffMayCall("ocop_office", "GET", path), path).toBe(true)
      expect(staffMayCall("pos_clerk", "GET", path), path).toBe(false)
      expect(staffMayCall(null, "GET", path), path).toBe(false)
    }
    expect(staffMayCall("ocop_office", "POST", "/admin/trade-events/tev_1")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/admin/trade-events/tev_1")).toBe(true)
  })

  it("keeps staff accounts and roles with the administrator", () => {
    for (const role of ["ocop_office", "trade_promotion"] as const) {
      expect(staffMayCall(role, "GET", "/admin/users")).toBe(false)
      expect(staffMayCall(role, "POST", "/admin/users/user_1")).toBe(false)
      expect(staffMayCall(role, "GET", "/admin/staff/invites")).toBe(false)
    }
  })

  it("lets anyone signed in ask who they are, and nobody write it or use Medusa's invites", () => {
    for (const role of ["admin", "ocop_office", "trade_promotion", null] as const) {
      expect(staffMayCall(role, "GET", "/admin/users/me")).toBe(true)
      expect(staffMayCall(role, "POST", "/admin/users/me")).toBe(false)
      expect(staffMayCall(role, "GET", "/admin/invites")).toBe(false)
      expect(staffMayCall(role, "POST", "/admin/invites/accept")).toBe(false)
    }
    expect(staffMayCall(null, "GET", "/admin/producers")).toBe(false)
  })

  it("reads the path whatever its case or slashes, as Express routes it", () => {
    expect(staffMayCall("trade_promotion", "GET", "/ADMIN/USERS")).toBe(false)
    expect(staffMayCall("ocop_office", "GET", "/Admin/Certifications/ocert_1")).toBe(true)
    expect(staffMayCall("ocop_office", "GET", "/admin//staff/invites/")).toBe(false)
    expect(staffMayCall("admin", "POST", "/ADMIN/USERS/ME/")).toBe(false)
    expect(staffMayCall("trade_promotion", "POST", "/ADMIN/ORDERS/order_1/cancel")).toBe(false)
  })

  it("needs write access for anything but reading", () => {
    expect(neededAccess("GET")).toBe("read")
    expect(neededAccess("post")).toBe("write")
    expect(neededAccess("DELETE")).toBe("write")
  })

  it("is printed in docs/security.md exactly as the code has it", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/security.md"), "utf8")
    expect(doc).toContain(accessTablesMarkdown())
  })
})
