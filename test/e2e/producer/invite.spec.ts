import { expect, test } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import { adminGet, consoleUrl, DEMO_PASSWORD, inviteTokenOf, signIn, staffToken, STAFF } from "../console/console-steps"
import { mailedLink } from "../support/store-api"
import { PRODUCER, producerToken } from "./producer-steps"

/** The link of the newest invite mailed to an address (production: only the mailbox gets it). */
const sentInviteUrl = (to: string) => mailedLink(to, "producer-invite")

/**
 * The OCOP office invites a person to keep a producer's listings; the invitee opens the emailed
 * link, chooses a password and lands in the producer console of that producer, and nothing else.
 */
test("the office invites a producer's user, who sets a password and manages only that producer", async ({
  page,
  browser,
  request,
}) => {
  const email = `gian-hang-${Date.now()}@ocop-laocai.vn`
  const office = await staffToken(request, STAFF.office)
  const { body } = await adminGet<{ producers: { id: string }[] }>(
    request,
    office,
    `/admin/producers?q=${PRODUCER.handle}&limit=1`,
  )
  const producerId = body.producers[0]!.id

  await signIn(page, STAFF.office)
  await page.goto(consoleUrl(`#/producers/${producerId}/show`))
  await page.getByRole("tab", { name: "Tài khoản gian hàng" }).click()
  await page.getByRole("button", { name: "Mời người dùng" }).click()
  const dialog = page.getByRole("dialog")
  await dialog.getByRole("textbox", { name: "Họ tên" }).fill("Vàng Thị Dế")
  await dialog.getByRole("textbox", { name: "Email" }).fill(email)
  await dialog.getByRole("button", { name: "Gửi lời mời" }).click()
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible()
  await expect(page.getByText("Đã mời, chưa kích hoạt")).toBeVisible()

  const inviteUrl = await sentInviteUrl(email)
  const token = inviteTokenOf(inviteUrl)!
  const invitee = await browser.newContext({ locale: "vi-VN" })
  const invited = await invitee.newPage()
  await invited.goto(consoleUrl(`#/accept-invite?token=${encodeURIComponent(token)}`))
  await invited.getByLabel(/^Mật khẩu mới/).fill(DEMO_PASSWORD)
  await invited.getByLabel(/^Nhập lại mật khẩu/).fill(DEMO_PASSWORD)
  await invited.getByRole("button", { name: "Tạo mật khẩu và đăng nhập" }).click()
  const menu = invited.getByRole("menu").first()
  await expect(menu.getByText("Sản phẩm của tôi")).toBeVisible()
  await expect(menu.getByText("Chủ thể OCOP")).toHaveCount(0)
  await expect(invited.getByRole("banner").getByText(PRODUCER.name)).toBeVisible()
  await invitee.close()

  // The new login is that producer's, and the link cannot be used twice.
  const mine = await producerToken(request, email)
  const me = await request.get(`${E2E_URLS.backend}/producer/me`, { headers: { authorization: `Bearer ${mine}` } })
  expect(((await me.json()) as { producer: { id: string } }).producer.id).toBe(producerId)
  const again = await request.post(`${E2E_URLS.backend}/producer/invites/accept`, {
    data: { token, password: "mat-khau-khac-2026" },
  })
  expect(again.status()).toBe(400)
})
