import { expect, test } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import { mailedLink } from "../support/store-api"
import { adminGet, choose, consoleUrl, DEMO_PASSWORD, inviteTokenOf, signIn, staffToken, STAFF } from "./console-steps"

/**
 * An administrator invites a trade-promotion member from the console; the invitee opens the link,
 * sets a name and password, and lands in the console with that role from the first request
 * (decision 011): no certificate screens, orders allowed.
 */
test("an administrator invites a staff member who accepts and works with the chosen role", async ({
  page,
  browser,
  request,
}) => {
  const email = `can-bo-${Date.now()}@ocop-laocai.vn`
  await signIn(page, STAFF.admin)
  await page.goto(consoleUrl("#/staff"))
  await page.getByRole("button", { name: "Mời cán bộ" }).click()
  const dialog = page.getByRole("dialog")
  await dialog.getByRole("textbox", { name: "Email" }).fill(email)
  await choose(page, "Vai trò", "Trung tâm Khuyến công và XTTM")
  const sent = page.waitForResponse(
    (res) => res.url().includes("/admin/staff/invites") && res.request().method() === "POST",
  )
  await dialog.getByRole("button", { name: "Gửi lời mời" }).click()
  const response = await sent
  expect(response.status()).toBe(201)
  // In production the link goes only to the invitee's mailbox, never to the answer (decision 018).
  expect(await response.json()).not.toHaveProperty("invite_url")
  await expect(dialog.getByText("Liên kết mời")).toHaveCount(0)
  const inviteUrl = await mailedLink(email, "staff-invite")
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible()

  // The invitee, in a browser of their own, opens the link on this stack's console.
  const token = inviteTokenOf(inviteUrl)
  expect(token).toBeTruthy()
  const invitee = await browser.newContext({ locale: "vi-VN" })
  const invited = await invitee.newPage()
  // The mailed link, opened on this stack's console (it carries the token and the invited address).
  await invited.goto(consoleUrl(new URL(inviteUrl).hash))
  await invited.getByRole("textbox", { name: "Họ và tên đệm" }).fill("Lý Thị")
  await invited.getByRole("textbox", { name: "Tên", exact: true }).fill("Sành")
  await invited.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD)
  await invited.getByLabel("Nhập lại mật khẩu").fill(DEMO_PASSWORD)
  await invited.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(invited.getByRole("banner").getByRole("button", { name: /tài khoản/i })).toBeVisible()
  const menu = invited.getByRole("menu").first()
  await expect(menu.getByText("Đơn hàng")).toBeVisible()
  await expect(menu.getByText("Giấy chứng nhận OCOP")).toHaveCount(0)
  await invitee.close()

  // The backend agrees: the new account has the role, so certificates are refused and orders read.
  const newcomer = await staffToken(request, email)
  const me = await adminGet<{ user: { metadata?: { role?: string } } }>(request, newcomer, "/admin/users/me")
  expect(me.body.user.metadata?.role).toBe("trade_promotion")
  expect((await adminGet(request, newcomer, "/admin/certifications?limit=1")).status).toBe(403)
  expect((await adminGet(request, newcomer, "/admin/ocop-orders?limit=1")).status).toBe(200)
  // A used link does not work twice.
  const again = await request.post(`${E2E_URLS.backend}/admin/staff/invites/accept`, {
    headers: { authorization: `Bearer ${newcomer}` },
    data: { token, first_name: "Sành", last_name: "Lý Thị" },
  })
  expect(again.status()).toBe(400)
})
