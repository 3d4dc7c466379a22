import zlib from "node:zlib"
import { expect, test } from "@playwright/test"
import { adminGet, adminPost, consoleUrl, runTag, signIn, staffToken, STAFF } from "./console-steps"

/** A small green PNG: a real photo file for the upload, built here so the journey needs no fixture. */
function greenPng(size = 16): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer) => {
    let c = 0xffffffff
    for (const byte of data) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat(
    Array.from({ length: size }, () => Buffer.from([0, ...Array(size).fill([0x2e, 0x7d, 0x32]).flat()])),
  )
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

const HEADER = "handle,title,title_en,producer,group,district,variant_title,sku,price_vnd,price_usd"

/** Two products in three rows, as the office types them; `badDistrict` spoils the third row. */
function productsCsv(tag: string, producer: string, { badDistrict }: { badDistrict: boolean }) {
  const rows = [
    `mien-dong-${tag},Miến dong ${tag},Arrowroot noodles,${producer},Thực phẩm,Bắc Hà,Gói 500 g,MIEN-${tag}-500,45.000,1.80`,
    `mien-dong-${tag},Miến dong ${tag},Arrowroot noodles,${producer},Thực phẩm,Bắc Hà,Gói 1 kg,MIEN-${tag}-1000,85.000,3.40`,
    `ruou-ngo-${tag},Rượu ngô ${tag},Corn wine,${producer},Đồ uống,${badDistrict ? "Hà Nội" : "Huyện Bắc Hà"},Chai 500 ml,RUOU-${tag}-500,"120.000 ₫",`,
  ]
  return Buffer.from(`\uFEFF${HEADER}\n${rows.join("\n")}\n`, "utf8")
}

test("an OCOP office member adds a variant with VND and USD prices, stocks a showroom, uploads a photo and imports products", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const tag = runTag()
  const token = await staffToken(request, STAFF.office)

  // Set-up through the admin API (register.spec.ts covers creating in the console): a producer and its product.
  const { producer } = await adminPost<{ producer: { id: string; handle: string } }>(
    request,
    token,
    "/admin/producers",
    {
      handle: `htx-mien-${tag}`,
      name: `HTX Miến dong ${tag}`,
      kind: "cooperative",
      registration_number: `53${Date.now() % 100_000_000}`,
      district: "bac-ha",
      commune: "Xã Cốc Ly",
      address: "Thôn Cốc Ly Thượng",
      representative: "Hoàng Văn Sáu",
      phone: "0356000333",
    },
  )
  const { product } = await adminPost<{ product: { id: string } }>(request, token, "/admin/products", {
    title: `Chè Shan tuyết ${tag}`,
    handle: `che-shan-tuyet-${tag}`,
    status: "draft",
    options: [{ title: "Quy cách", values: ["Hộp 100 g"] }],
    variants: [
      {
        title: "Hộp 100 g",
        options: { "Quy cách": "Hộp 100 g" },
        manage_inventory: false,
        prices: [{ currency_code: "vnd", amount: 120_000 }],
      },
    ],
  })
  await adminPost(request, token, `/admin/products/${product.id}/ocop`, {
    producer_id: producer.id,
    product_group: "beverage",
    origin_district: "bac-ha",
  })

  await signIn(page, STAFF.office)
  await page.goto(consoleUrl(`#/products/${product.id}`))
  await expect(page.getByRole("textbox", { name: "Tên sản phẩm", exact: true }).first()).toHaveValue(
    `Chè Shan tuyết ${tag}`,
  )

  // 1. A new packaging with its VND and USD prices, saved with the product.
  // The variants are the page's only repeated inputs.
  const variants = page.locator("form")
  await variants.getByRole("button", { name: "Thêm", exact: true }).click()
  await expect(variants.getByRole("textbox", { name: "Quy cách" })).toHaveCount(2)
  await variants.getByRole("textbox", { name: "Quy cách" }).nth(1).fill("Hộp 1 kg")
  await variants.getByRole("textbox", { name: "Mã SKU" }).nth(1).fill(`CHE-${tag}-1KG`.toUpperCase())
  await variants.getByRole("textbox", { name: "Giá (VND)" }).nth(1).fill("450.000")
  await variants.getByRole("textbox", { name: "Giá (USD)" }).nth(1).fill("18,50")
  await page.getByRole("button", { name: "Lưu", exact: true }).click()
  await expect(page.getByText(/^Đã cập nhật/).first()).toBeVisible()
  await expect(variants.getByRole("textbox", { name: "Giá (USD)" }).nth(1)).toHaveValue("18.50")
  const saved = await adminGet<{
    variants: { id: string; title: string; price_vnd: number; price_usd: number | null; manage_inventory: boolean }[]
  }>(request, token, `/admin/products/${product.id}/ocop/variants`)
  expect(saved.body.variants.map((v) => [v.title, v.price_vnd, v.price_usd, v.manage_inventory])).toEqual([
    ["Hộp 100 g", 120_000, null, false],
    ["Hộp 1 kg", 450_000, 1850, true],
  ])

  // 2. Stock of the new packaging at the Sa Pa showroom.
  const stock = page.getByRole("region", { name: "Tồn kho theo nơi" })
  await expect(stock.getByText('Quy cách "Hộp 100 g" không theo dõi tồn kho', { exact: false })).toBeVisible()
  await stock.getByRole("textbox", { name: "Tồn kho Hộp 1 kg tại Điểm bán OCOP Sa Pa" }).fill("12")
  await stock.getByRole("button", { name: "Lưu tồn kho" }).click()
  await expect(page.getByText("Đã lưu tồn kho")).toBeVisible()
  const withItems = await adminGet<{
    product: { variants: { title: string; inventory_items: { inventory_item_id: string }[] }[] }
  }>(request, token, `/admin/products/${product.id}?fields=variants.title,variants.inventory_items.inventory_item_id`)
  const item = withItems.body.product.variants.find((v) => v.title === "Hộp 1 kg")!.inventory_items[0]!
    .inventory_item_id
  const levels = await adminGet<{ inventory_levels: { location_id: string; stocked_quantity: number }[] }>(
    request,
    token,
    `/admin/inventory-items/${item}/location-levels`,
  )
  const places = await adminGet<{ stock_locations: { id: string; name: string }[] }>(
    request,
    token,
    "/admin/stock-locations?fields=id,name",
  )
  const sapa = places.body.stock_locations.find((l) => l.name === "Điểm bán OCOP Sa Pa")!
  expect(levels.body.inventory_levels.map((l) => [l.location_id, l.stocked_quantity])).toEqual([[sapa.id, 12]])

  // 3. A photo, uploaded through the file module, becomes the thumbnail and is served back.
  const images = page.getByRole("region", { name: "Ảnh sản phẩm" })
  await expect(images.getByText("Sản phẩm chưa có ảnh.")).toBeVisible()
  await images
    .getByLabel("Ảnh cần tải lên")
    .setInputFiles({ name: "che-shan-tuyet.png", mimeType: "image/png", buffer: greenPng() })
  await expect(page.getByText("Đã tải ảnh lên")).toBeVisible()
  const photo = images.getByRole("img", { name: "Ảnh 1 của sản phẩm" })
  await expect(photo).toBeVisible()
  await expect(images.getByText("Ảnh đại diện", { exact: true })).toBeVisible()
  const withImage = await adminGet<{ product: { thumbnail: string; images: { url: string }[] } }>(
    request,
    token,
    `/admin/products/${product.id}?fields=thumbnail,*images`,
  )
  expect(withImage.body.product.images.map((i) => i.url)).toEqual([withImage.body.product.thumbnail])
  const served = await request.get(withImage.body.product.thumbnail)
  expect(served.status()).toBe(200)
  expect(served.headers()["content-type"]).toBe("image/png")
  // The browser loaded it too (a broken image has no natural width).
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16)

  // 4. Import: a file with one bad row is refused whole; the fixed file writes both products as drafts.
  const imported = async () => {
    const res = await adminGet<{
      ocop_products: { handle: string; published: boolean; min_price_usd: number | null }[]
    }>(request, token, `/admin/ocop-products?q=${tag}&limit=50`)
    return res.body.ocop_products
      .filter((p) => !p.handle.startsWith("che-shan-tuyet"))
      .map((p) => [p.handle, p.published, p.min_price_usd])
      .sort()
  }
  await page.goto(consoleUrl("#/products"))
  await page.getByRole("button", { name: "Nhập từ tệp" }).click()
  const dialog = page.getByRole("dialog", { name: "Nhập sản phẩm từ tệp CSV hoặc Excel" })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel("Tệp cần nhập").setInputFiles({
    name: "san-pham.csv",
    mimeType: "text/csv",
    buffer: productsCsv(tag, producer.handle, { badDistrict: true }),
  })
  await expect(dialog.getByRole("alert")).toHaveText("1 dòng có lỗi trên 3 dòng. Hãy sửa tệp rồi chọn lại.")
  const bad = dialog.getByRole("row").filter({ hasText: `RUOU-${tag}-500` })
  await expect(bad.getByRole("cell").first()).toHaveText("4")
  await expect(bad).toContainText("Huyện, thị xã, thành phố: Huyện, thị xã, thành phố không hợp lệ")
  const importButton = dialog.getByRole("button", { name: "Nhập 2 sản phẩm" })
  await expect(importButton).toBeDisabled()
  expect(await imported()).toEqual([])

  await dialog.getByLabel("Tệp cần nhập").setInputFiles({
    name: "san-pham-da-sua.csv",
    mimeType: "text/csv",
    buffer: productsCsv(tag, producer.handle, { badDistrict: false }),
  })
  await expect(dialog.getByRole("alert")).toHaveText("3 dòng hợp lệ (2 sản phẩm), sẵn sàng nhập.")
  await importButton.click()
  await expect(page.getByText("Đã nhập 2 sản phẩm (chưa đăng bán)")).toBeVisible()
  await expect(dialog).toBeHidden()
  expect(await imported()).toEqual([
    [`mien-dong-${tag}`, false, 180],
    [`ruou-ngo-${tag}`, false, null],
  ])
  // The list finds them (the search also matches the producer's name, so the tea shows too).
  await page.getByRole("textbox", { name: "Tìm kiếm" }).fill(`mien dong ${tag}`)
  await expect(page.getByRole("cell", { name: `Miến dong ${tag}`, exact: true })).toBeVisible()
  await expect(page.getByRole("cell", { name: `Rượu ngô ${tag}`, exact: true })).toBeVisible()
  await expect(page.locator("tbody tr")).toHaveCount(3)
})
