import { expect, test } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import { mailedLink } from "../support/store-api"
import { adminGet, consoleUrl, signIn, staffToken, STAFF } from "../console/console-steps"

/**
 * Finding 1 of issue 12, tried again by trade promotion: with an administrator's invite pending, it
 * hunts for the link in the console and the API, registers the invited address, and tries to accept
 * with what it could find. Every step is refused, and no administrator account appears.
 */
test("trade promotion cannot turn a pending administrator invite into an administrator account", async ({
  page,
  browser,
  request,
}) => {
  const invited = `quan-tri-${Date.now()}@ocop-laocai.vn`
  const admin = await staffToken(request, STAFF.admin)
  const created = await request.post(`${E2E_URLS.backend}/admin/staff/invites`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { email: invited, role: "admin" },
  })
  expect(created.status()).toBe(201)
  expect(await created.json()).not.toHaveProperty("invite_url")

  // The console: no staff menu, and the staff screens say "access denied" when opened directly.
  await signIn(page, STAFF.promotion)
  await expect(page.getByRole("menu").first().getByText("Tài khoản cán bộ")).toHaveCount(0)
  await page.goto(consoleUrl("#/staff"))
  await expect(page.getByRole("alert")).toContainText("Không có quyền truy cập")
  await expect(page.getByText(invited)).toHaveCount(0)

  // The API, as the console's token: every place a link or a role could come from is closed.
  const promotion = await staffToken(request, STAFF.promotion)
  for (const path of [
    "/admin/notifications?fields=id,to,data",
    "/admin/invites",
    "/admin/staff/invites",
    "/admin/staff",
    "/admin/users",
    "/admin/search?entity=user&q=ocop",
    "/admin/workflows-executions",
  ]) {
    expect((await adminGet(request, promotion, path)).status, path).toBe(403)
  }
  const me = await adminGet<{ user: { id: string } }>(request, promotion, "/admin/users/me")
  for (const [path, data] of [
    ["/admin/staff/invites", { email: `khac-${Date.now()}@ocop-laocai.vn`, role: "admin" }],
    [`/admin/staff/${me.body.user.id}/role`, { role: "admin" }],
    [`/admin/users/${me.body.user.id}`, { metadata: { role: "admin" } }],
    ["/admin/users/me", { metadata: { role: "admin" } }],
    ["/admin/invites", { email: invited }],
  ] as const) {
    const res = await request.post(`${E2E_URLS.backend}${path}`, {
      headers: { authorization: `Bearer ${promotion}` },
      data,
    })
    expect(res.status(), path).toBe(403)
  }

  // Registering the invited address works (no mailbox check) but opens nothing without the token.
  const registered = await request.post(`${E2E_URLS.backend}/auth/user/emailpass/register`, {
    data: { email: invited, password: "doan-mat-khau-2026" },
  })
  expect(registered.status()).toBe(200)
  const { token: registration } = (await registered.json()) as { token: string }
  const guessed = await request.post(`${E2E_URLS.backend}/admin/staff/invites/accept`, {
    headers: { authorization: `Bearer ${registration}` },
    data: { token: "eyJhbGciOiJIUzI1NiJ9.e30.guess", first_name: "Kẻ", last_name: "Mạo Danh" },
  })
  expect(guessed.status()).toBe(400)
  const medusas = await request.post(`${E2E_URLS.backend}/admin/invites/accept`, {
    headers: { authorization: `Bearer ${registration}` },
    data: { invite_token: "guess", email: invited, first_name: "Kẻ", last_name: "Mạo Danh" },
  })
  expect([401, 403]).toContain(medusas.status())

  // The console's accept page with a made-up token refuses too.
  const stranger = await browser.newContext({ locale: "vi-VN" })
  const forged = await stranger.newPage()
  await forged.goto(consoleUrl(`#/staff-invite?token=doan-bua&email=${encodeURIComponent(invited)}`))
  await forged.getByRole("textbox", { name: "Họ và tên đệm" }).fill("Mạo Danh")
  await forged.getByRole("textbox", { name: "Tên", exact: true }).fill("Kẻ")
  await forged.getByLabel("Mật khẩu", { exact: true }).fill("doan-mat-khau-2026")
  await forged.getByLabel("Nhập lại mật khẩu").fill("doan-mat-khau-2026")
  await forged.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(forged.getByRole("alert")).toBeVisible()
  await stranger.close()

  // No account for the address, and the invite is still pending for its real owner, whose mailbox
  // alone holds the link.
  const staff = await adminGet<{ staff: unknown[] }>(request, admin, `/admin/staff?q=${encodeURIComponent(invited)}`)
  expect(staff.body.staff).toEqual([])
  const pending = await adminGet<{ staff_invites: { email: string }[] }>(
    request,
    admin,
    "/admin/staff/invites?limit=200",
  )
  expect(pending.body.staff_invites.map((i) => i.email)).toContain(invited)
  expect(await mailedLink(invited, "staff-invite")).toMatch(/#\/staff-invite\?token=/)
})
