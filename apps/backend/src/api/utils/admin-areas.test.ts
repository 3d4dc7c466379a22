import { describe, expect, it } from "vitest"
import { adminAreaOf, adminAreaOfRequest, neededAccess } from "./admin-areas"

describe("admin areas", () => {
  it("maps our routes and Medusa's register routes", () => {
    expect(adminAreaOf("/admin/producers")).toBe("register")
    expect(adminAreaOf("/admin/producers/import")).toBe("register")
    expect(adminAreaOf("/admin/products/prod_1/ocop")).toBe("register")
    expect(adminAreaOf("/admin/inventory-items/iitem_1/location-levels")).toBe("register")
    expect(adminAreaOf("/admin/certifications/ocert_1/revoke")).toBe("certificates")
    expect(adminAreaOf("/admin/orders/order_1")).toBe("orders")
    expect(adminAreaOf("/admin/staff/user_1/role")).toBe("staff")
    expect(adminAreaOf("/admin/users")).toBe("staff")
  })

  it("leaves the own profile open and matches whole segments only", () => {
    expect(adminAreaOf("/admin/users/me")).toBe("open")
    expect(adminAreaOf("/admin/users/me/")).toBe("open")
    expect(adminAreaOf("/admin/users/user_1")).toBe("staff")
    expect(adminAreaOf("/admin/productsx")).toBe("settings")
    expect(adminAreaOf("/admin/regions")).toBe("settings")
  })

  it("keeps writes through Medusa's own order routes for administrators", () => {
    expect(adminAreaOfRequest("GET", "/admin/orders/order_1")).toBe("orders")
    expect(adminAreaOfRequest("POST", "/admin/orders/order_1/cancel")).toBe("settings")
    expect(adminAreaOfRequest("POST", "/admin/payments/pay_1/capture")).toBe("settings")
    expect(adminAreaOfRequest("POST", "/admin/ocop-orders/order_1/cancel")).toBe("orders")
    expect(adminAreaOfRequest("POST", "/admin/customers")).toBe("orders")
    expect(adminAreaOfRequest("POST", "/admin/producers")).toBe("register")
  })

  it("reads the path whatever its case or slashes, as Express routes it", () => {
    expect(adminAreaOf("/ADMIN/USERS")).toBe("staff")
    expect(adminAreaOf("/Admin/Certifications/ocert_1")).toBe("certificates")
    expect(adminAreaOf("/admin//staff/invites/")).toBe("staff")
    expect(adminAreaOf("/ADMIN/USERS/ME")).toBe("open")
    expect(adminAreaOfRequest("POST", "/ADMIN/ORDERS/order_1/cancel")).toBe("settings")
  })

  it("needs write access for anything but reading", () => {
    expect(neededAccess("GET")).toBe("read")
    expect(neededAccess("post")).toBe("write")
    expect(neededAccess("DELETE")).toBe("write")
  })
})
