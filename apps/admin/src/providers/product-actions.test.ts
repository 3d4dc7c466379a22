import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { imageProblem, withImage, withoutImage } from "./product-media"
import { recordingFetch, type RecordedCall } from "./test-fetch"

function setup(reply: (call: RecordedCall) => { status?: number; json?: unknown }) {
  const { fetch, calls } = recordingFetch(reply)
  // The recording fetch reads JSON bodies only; keep the raw multipart body for the upload.
  const raw: { url: string; init?: RequestInit }[] = []
  const spy: typeof fetch = (input, init) => {
    raw.push({ url: input, init })
    return fetch(input, init?.body instanceof FormData ? { ...init, body: undefined } : init)
  }
  return {
    provider: createMedusaDataProvider({ baseUrl: "http://api", fetch: spy, getToken: () => "tok" }),
    calls,
    raw,
  }
}

const png = (bytes = 10) => new File([new Uint8Array(bytes)], "nam-huong.png", { type: "image/png" })

describe("product images", () => {
  it("uploads the file as multipart, then makes it the first image and thumbnail", async () => {
    const { provider, calls, raw } = setup((call) =>
      call.url.pathname === "/admin/uploads"
        ? { json: { files: [{ id: "f1", url: "http://api/static/1-nam-huong.png" }] } }
        : {
            json: {
              product: {
                id: "prod_1",
                thumbnail: "http://api/static/1-nam-huong.png",
                images: [{ id: "img_1", url: "http://api/static/1-nam-huong.png" }],
              },
            },
          },
    )
    const { data } = await provider.addProductImage("prod_1", { images: [], thumbnail: null }, png())
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /admin/uploads",
      "POST /admin/products/prod_1",
    ])
    const form = raw[0]!.init!.body as FormData
    expect((form.get("files") as File).name).toBe("nam-huong.png")
    expect((raw[0]!.init!.headers as Record<string, string>).Authorization).toBe("Bearer tok")
    expect(calls[1]!.body).toEqual({
      images: [{ url: "http://api/static/1-nam-huong.png" }],
      thumbnail: "http://api/static/1-nam-huong.png",
    })
    expect(data.thumbnail).toBe("http://api/static/1-nam-huong.png")
  })

  it("refuses what is not a photo, or too large, before anything is sent", () => {
    expect(imageProblem(png())).toBeNull()
    expect(imageProblem(new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }))).toBe(
      "ocop.product_media.not_image",
    )
    expect(imageProblem(new File(["a,b"], "file.csv", { type: "text/csv" }))).toBe("ocop.product_media.not_image")
    expect(imageProblem(png(5 * 1024 * 1024 + 1))).toBe("ocop.product_media.too_large")
  })

  it("keeps a thumbnail when another image goes, and picks the next one when the thumbnail goes", () => {
    const current = {
      images: [
        { id: "a", url: "A" },
        { id: "b", url: "B" },
      ],
      thumbnail: "A",
    }
    expect(withoutImage(current, "B")).toEqual({ images: [{ id: "a", url: "A" }], thumbnail: "A" })
    expect(withoutImage(current, "A")).toEqual({ images: [{ id: "b", url: "B" }], thumbnail: "B" })
    expect(withoutImage({ images: [{ url: "A" }], thumbnail: "A" }, "A")).toEqual({ images: [], thumbnail: null })
    expect(withImage(current, "C").thumbnail).toBe("A")
  })
})

describe("product stock", () => {
  it("reads every stock location, warehouse first, and the levels of the variants’ inventory items", async () => {
    const { provider, calls } = setup((call) =>
      call.url.pathname === "/admin/stock-locations"
        ? {
            json: {
              stock_locations: [
                { id: "sloc_sapa", name: "Điểm bán OCOP Sa Pa", metadata: { point_of_sale: "sa-pa" } },
                { id: "sloc_bacha", name: "Điểm bán OCOP Bắc Hà", metadata: { point_of_sale: "bac-ha" } },
                { id: "sloc_kho", name: "Kho Lào Cai", metadata: null },
              ],
            },
          }
        : {
            json: {
              inventory_items: [
                {
                  id: "iitem_1",
                  location_levels: [{ location_id: "sloc_kho", stocked_quantity: 40, reserved_quantity: 2 }],
                },
              ],
            },
          },
    )
    const { data } = await provider.getProductStock(["iitem_1"])
    expect(data.places.map((p) => p.name)).toEqual(["Kho Lào Cai", "Điểm bán OCOP Bắc Hà", "Điểm bán OCOP Sa Pa"])
    expect(data.levels).toEqual({ iitem_1: { sloc_kho: { stocked: 40, reserved: 2 } } })
    expect(calls[1]!.url.searchParams.getAll("id")).toEqual(["iitem_1"])
  })

  it("writes new and changed levels in one batch", async () => {
    const { provider, calls } = setup(() => ({ json: { created: [], updated: [], deleted: [] } }))
    await provider.saveProductStock([
      { inventory_item_id: "iitem_1", location_id: "sloc_kho", stocked_quantity: 50, exists: true },
      { inventory_item_id: "iitem_1", location_id: "sloc_sapa", stocked_quantity: 12, exists: false },
    ])
    expect(calls[0]!.url.pathname).toBe("/admin/inventory-items/location-levels/batch")
    expect(calls[0]!.body).toEqual({
      create: [{ inventory_item_id: "iitem_1", location_id: "sloc_sapa", stocked_quantity: 12 }],
      update: [{ inventory_item_id: "iitem_1", location_id: "sloc_kho", stocked_quantity: 50 }],
    })
  })
})

describe("product import and export", () => {
  it("sends the checked rows, first as a dry run", async () => {
    const { provider, calls } = setup(() => ({ json: { valid: true, products: 1, variants: 1 } }))
    const rows = [
      {
        handle: "mien",
        title: "Miến",
        producer: "htx",
        group: "food",
        district: "bac-ha",
        variant_title: "Gói",
        price_vnd: 1,
      },
    ]
    await provider.importProducts(rows as never, { dryRun: true })
    expect(calls[0]!.url.pathname).toBe("/admin/ocop-products/import")
    expect(calls[0]!.body).toEqual({ rows, dry_run: true })
  })

  it("reads variants of many products fifty at a time", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `prod_${i}`)
    const { provider, calls } = setup((call) => ({
      json: {
        products: call.url.searchParams.getAll("id").map((id) => ({
          id,
          variants: [{ id: `v_${id}`, title: "Gói", prices: [{ currency_code: "vnd", amount: 1000 }] }],
        })),
      },
    }))
    const { data } = await provider.getVariantsOfProducts(ids)
    expect(calls.map((c) => c.url.searchParams.getAll("id").length)).toEqual([50, 50, 20])
    expect(data.prod_119).toEqual([expect.objectContaining({ id: "v_prod_119", price: 1000, price_usd: null })])
  })
})
