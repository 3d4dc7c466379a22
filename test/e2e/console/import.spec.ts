import { expect, test } from "@playwright/test"
import { adminGet, consoleUrl, runTag, signIn, staffToken, STAFF } from "./console-steps"

const HEADER = "handle,name,kind,registration_number,district,commune,address,representative,phone,email"

/** Three producers as the office keeps them; `badPhone` spoils the second row's phone number. */
function producersCsv(tag: string, { badPhone }: { badPhone: boolean }) {
  const rows = [
    `htx-che-${tag},HTX Chè Shan tuyết ${tag},cooperative,5300${tag.length}11,bat-xat,Xã Y Tý,"Thôn Lao Chải, xã Y Tý",Sần Chản Xuân,0912000111,`,
    `thu-ho-${tag},Tổ hợp tác Thêu thổ cẩm ${tag},cooperative_group,5300${tag.length}22,sa-pa,Xã Tả Phìn,Thôn Tả Phìn,Tẩn Mẩy Lở,${badPhone ? "024 3826 1234" : "0987000222"},`,
    `ho-mien-${tag},Hộ sản xuất Miến dong ${tag},household,5300${tag.length}33,bac-ha,Xã Cốc Ly,Thôn Cốc Ly Thượng,Hoàng Văn Sáu,0356000333,sau@example.vn`,
  ]
  return Buffer.from(`\uFEFF${HEADER}\n${rows.join("\n")}\n`, "utf8")
}

test("importing producers: a bad row blocks the import until the file is fixed, then all rows are written", async ({
  page,
  request,
}) => {
  const tag = runTag()
  const token = await staffToken(request, STAFF.office)
  const producersTagged = async () => {
    const res = await adminGet<{ producers: { handle: string }[]; count: number }>(
      request,
      token,
      `/admin/producers?q=${tag}&limit=50`,
    )
    expect(res.status).toBe(200)
    return res.body.producers.map((p) => p.handle).sort()
  }

  await signIn(page, STAFF.office)
  await page.goto(consoleUrl("#/producers"))
  await page.getByRole("button", { name: "Nhập từ tệp" }).click()
  const dialog = page.getByRole("dialog", { name: "Nhập chủ thể từ tệp CSV hoặc Excel" })
  await expect(dialog).toBeVisible()

  // 1. A file with one bad row: the preview names the row and its error, the import stays off.
  await dialog
    .getByLabel("Tệp cần nhập")
    .setInputFiles({ name: "chu-the.csv", mimeType: "text/csv", buffer: producersCsv(tag, { badPhone: true }) })
  await expect(dialog.getByRole("alert")).toHaveText("1 dòng có lỗi trên 3 dòng. Hãy sửa tệp rồi chọn lại.")
  const rows = dialog.getByRole("row")
  await expect(rows).toHaveCount(4)
  // Row 3 of the spreadsheet (the header is row 1) is the second producer.
  const bad = rows.filter({ hasText: `thu-ho-${tag}` })
  await expect(bad.getByRole("cell").first()).toHaveText("3")
  await expect(bad).toContainText("Điện thoại: Số điện thoại không hợp lệ")
  for (const good of [`htx-che-${tag}`, `ho-mien-${tag}`]) {
    await expect(rows.filter({ hasText: good }).getByRole("cell").last()).toHaveText("")
  }
  const importButton = dialog.getByRole("button", { name: "Nhập 3 chủ thể" })
  await expect(importButton).toBeDisabled()
  // Nothing was written: not even the two valid rows.
  expect(await producersTagged()).toEqual([])

  // 2. The fixed file: every row is valid, the import writes all three.
  await dialog
    .getByLabel("Tệp cần nhập")
    .setInputFiles({ name: "chu-the-da-sua.csv", mimeType: "text/csv", buffer: producersCsv(tag, { badPhone: false }) })
  await expect(dialog.getByRole("alert")).toHaveText("3 dòng hợp lệ, sẵn sàng nhập.")
  await expect(importButton).toBeEnabled()
  await importButton.click()
  await expect(page.getByText("Đã nhập 3 chủ thể")).toBeVisible()
  await expect(dialog).toBeHidden()
  expect(await producersTagged()).toEqual([`ho-mien-${tag}`, `htx-che-${tag}`, `thu-ho-${tag}`])

  // The register lists them.
  await page.getByRole("textbox", { name: "Tìm kiếm" }).fill(tag)
  await expect(page.getByRole("cell", { name: `Tổ hợp tác Thêu thổ cẩm ${tag}` })).toBeVisible()
  await expect(page.locator("tbody tr")).toHaveCount(3)
})
