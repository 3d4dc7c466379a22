import { expect, test } from "@playwright/test"
import { adminGet, consoleUrl, signIn, staffToken, STAFF } from "./console-steps"

test("a trade-promotion member can neither open the certificate screens nor call their API", async ({
  page,
  request,
}) => {
  await signIn(page, STAFF.promotion)
  const menu = page.getByRole("menu").first()
  await expect(menu.getByText("Chủ thể OCOP")).toBeVisible()
  await expect(menu.getByText("Giấy chứng nhận OCOP")).toHaveCount(0)

  for (const screen of ["#/certifications", "#/certifications/create"]) {
    await page.goto(consoleUrl(screen))
    await expect(page.getByRole("alert")).toContainText("Không có quyền truy cập")
    await expect(page.getByRole("alert")).toContainText("Vai trò của bạn không được dùng chức năng này.")
    await expect(page.getByRole("columnheader", { name: "Số giấy chứng nhận" })).toHaveCount(0)
  }

  const promotion = await staffToken(request, STAFF.promotion)
  const refused = await adminGet<{ type: string; message: string }>(request, promotion, "/admin/certifications")
  expect(refused.status).toBe(403)
  expect(refused.body.type).toBe("not_allowed")
  // The token itself is good: the same member reads the producer register…
  expect((await adminGet(request, promotion, "/admin/producers?limit=1")).status).toBe(200)
  // …and the certificate route answers an OCOP office member.
  const office = await staffToken(request, STAFF.office)
  expect((await adminGet(request, office, "/admin/certifications?limit=1")).status).toBe(200)
})
