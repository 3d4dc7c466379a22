import { screen } from "@testing-library/react"
import { ResourceContextProvider, ResourceDefinitionContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { CertificationList } from "../certifications/CertificationList"
import { Menu } from "../layout/Menu"
import { renderConsole } from "../test-console"
import { renderAdmin } from "../test-utils"
import { accessChecked } from "./can-access"
import { mayAccess } from "./roles"

const CheckedList = accessChecked("certifications", { list: CertificationList }).list!

function renderCertifications(role: string | null) {
  return renderConsole(
    <ResourceContextProvider value="certifications">
      <CheckedList />
    </ResourceContextProvider>,
    {
      permissions: role,
      reply: () => ({ json: { certifications: [], count: 0 } }),
    },
  )
}

const definitions = {
  producers: { name: "producers", hasList: true },
  certifications: { name: "certifications", hasList: true },
  products: { name: "products", hasList: false },
  staff: { name: "staff", hasList: true },
}

function renderMenu(role: string) {
  return renderAdmin(
    <ResourceDefinitionContextProvider definitions={definitions}>
      <Menu />
    </ResourceDefinitionContextProvider>,
    { role },
  )
}

describe("canAccess", () => {
  it("reads and writes by the role's areas; places and transfers are set up by trade promotion", () => {
    expect(mayAccess("ocop_office", "certifications", "edit")).toBe(true)
    expect(mayAccess("trade_promotion", "certifications", "list")).toBe(false)
    expect(mayAccess("trade_promotion", "producers", "list")).toBe(true)
    expect(mayAccess("trade_promotion", "producers", "edit")).toBe(false)
    expect(mayAccess("pos_clerk", "points-of-sale", "show")).toBe(true)
    expect(mayAccess("pos_clerk", "points-of-sale", "create")).toBe(false)
    expect(mayAccess("trade_promotion", "points-of-sale", "edit")).toBe(true)
    expect(mayAccess("pos_clerk", "counter", "write")).toBe(true)
    // The sales report reads the trade area, as GET /admin/reports does.
    for (const role of ["admin", "ocop_office", "trade_promotion"])
      expect(mayAccess(role, "reports", "list")).toBe(true)
    for (const role of ["pos_clerk", "producer", null]) expect(mayAccess(role, "reports", "list")).toBe(false)
    // The programme panel reads the register; only those who write it set the targets.
    expect(mayAccess("trade_promotion", "programme", "list")).toBe(true)
    expect(mayAccess("trade_promotion", "programme", "edit")).toBe(false)
    expect(mayAccess("ocop_office", "programme", "edit")).toBe(true)
  })

  it("keeps producers in their console and staff out of it; no role reaches nothing", () => {
    expect(mayAccess("producer", "producer-products", "list")).toBe(true)
    expect(mayAccess("producer", "products", "list")).toBe(false)
    expect(mayAccess("admin", "producer-products", "list")).toBe(false)
    expect(mayAccess(null, "producers", "list")).toBe(false)
    expect(mayAccess(null, "some-reference", "show")).toBe(false)
    expect(mayAccess("admin", "some-reference", "delete")).toBe(false)
  })
})

describe("pages by role", () => {
  it('sends trade-promotion staff to "access denied" on certificates, asking nothing of the server', async () => {
    const { calls } = renderCertifications("trade_promotion")
    expect(await screen.findByRole("alert")).toBeTruthy()
    expect(screen.getAllByText("Không có quyền truy cập").length).toBeGreaterThan(0)
    expect(calls).toHaveLength(0)
  })

  it("refuses a user without a role too", async () => {
    renderCertifications(null)
    expect(await screen.findByRole("alert")).toBeTruthy()
  })

  it("opens certificates for the OCOP office", async () => {
    const { calls } = renderCertifications("ocop_office")
    expect(await screen.findByText(/Chưa có giấy chứng nhận OCOP nào/)).toBeTruthy()
    expect(calls[0]?.url.pathname).toBe("/admin/certifications")
    expect(screen.queryByRole("alert")).toBeNull()
  })
})

describe("Menu", () => {
  it("lists only what the role may read", async () => {
    renderMenu("trade_promotion")
    expect(await screen.findByRole("menuitem", { name: /Chủ thể OCOP/ })).toBeTruthy()
    expect(screen.queryByRole("menuitem", { name: /Giấy chứng nhận/ })).toBeNull()
    expect(screen.queryByRole("menuitem", { name: /Tài khoản cán bộ/ })).toBeNull()
  })

  it("gives the administrator staff accounts as well", async () => {
    renderMenu("admin")
    expect(await screen.findByRole("menuitem", { name: /Giấy chứng nhận/ })).toBeTruthy()
    expect(screen.getByRole("menuitem", { name: /Tài khoản cán bộ/ })).toBeTruthy()
  })
})
