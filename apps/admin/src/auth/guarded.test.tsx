import { screen } from "@testing-library/react"
import { ResourceContextProvider, ResourceDefinitionContextProvider } from "react-admin"
import { describe, expect, it } from "vitest"
import { CertificationList } from "../certifications/CertificationList"
import { Menu } from "../layout/Menu"
import { renderAdmin } from "../test-utils"
import { guarded } from "./guarded"

const GuardedList = guarded("certificates", "read", CertificationList)

function renderCertifications(role: string | null) {
  return renderAdmin(
    <ResourceContextProvider value="certifications">
      <GuardedList />
    </ResourceContextProvider>,
    { role, reply: () => ({ json: { certifications: [], count: 0 } }) },
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

describe("pages by role", () => {
  it('shows trade-promotion staff "access denied" on certificates, and asks nothing of the server', async () => {
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
