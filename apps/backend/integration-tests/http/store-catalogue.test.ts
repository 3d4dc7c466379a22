import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { PRODUCT_GROUP_CODES, productGroupName } from "@ocop/domain"
import pg from "pg"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { SLOTS_PER_PAGE, slotBox } from "../../src/workflows/catalogue/print/catalogue-pdf"
import { medusaTestEnv } from "../setup/test-env"
import { pngBytes, staffWithRole, upload } from "./admin-products-helpers"
import {
  adminToken,
  api,
  attachProduct,
  certify,
  createProducer,
  createProduct,
  daysFromToday,
  storeAccess,
  unique,
} from "./helpers"
import { decodeQrAt, pdfPageCount, pdfPageTexts, renderPages } from "./pdf-helpers"

const tag = unique()
let token: string
let key: string
let producerA: any
let suspended: any
const p: Record<string, any> = {}
const certs: Record<string, any> = {}

const store = (path: string, headers?: Record<string, string>) => api(path, { key, headers })
const titles = (res: { body: any }) => res.body.products.map((x: any) => x.title)

beforeAll(async () => {
  token = await adminToken()
  const access = await storeAccess(token)
  key = access.key
  const salesChannelId = access.salesChannelId
  producerA = await createProducer(token, {
    handle: `htx-a-${tag}`,
    name: `Hợp tác xã Tả Van ${tag}`,
    district: "sa-pa",
  })
  suspended = await createProducer(token, { handle: `htx-s-${tag}`, district: "sa-pa" })
  const make = async (
    name: string,
    title: string,
    price: number,
    group: string,
    district: string,
    producerId = producerA.id,
    status = "published",
    usdPrice?: number,
  ) => {
    p[name] = await createProduct(token, { title: `${title} ${tag}`, price, usdPrice, salesChannelId, status })
    await attachProduct(token, p[name].id, {
      producer_id: producerId,
      product_group: group,
      origin_district: district,
      title_en: `${name} ${tag}`,
    })
  }
  // Created in this order, so "newest" is the reverse.
  // USD prices in the other order than VND (tea cheaper), so a USD sort cannot pass on the VND column.
  await make("shiitake", "Nấm hương Sa Pa", 150000, "food", "sa-pa", producerA.id, "published", 6)
  await make("tea", "Chè Shan tuyết", 300000, "beverage", "bac-ha", producerA.id, "published", 4.5)
  await make("wine", "Rượu ngô Bản Phố", 90000, "beverage", "bac-ha")
  await make("cinnamon", "Quế Văn Bàn", 120000, "herbal", "van-ban")
  await make("draft", "Mận tam hoa", 80000, "food", "bac-ha", producerA.id, "draft")
  await make("brocade", "Thổ cẩm", 500000, "textile", "sa-pa", suspended.id)
  await make("future", "Gạo Séng Cù", 60000, "food", "bat-xat")
  certs.shiitake = await certify(token, p.shiitake.id, 4)
  certs.tea = await certify(token, p.tea.id, 3)
  certs.wine = await certify(token, p.wine.id, 5)
  certs.draft = await certify(token, p.draft.id, 4)
  certs.brocade = await certify(token, p.brocade.id, 3)
  certs.future = await certify(token, p.future.id, 3, {
    decision_date: daysFromToday(-5),
    valid_from: daysFromToday(30),
  })
  await api(`/admin/producers/${suspended.id}`, { token, body: { status: "suspended" } })
})

describe("GET /store/catalogue", () => {
  it("needs a publishable key", async () => {
    const res = await api(`/store/catalogue?producer=${producerA.handle}`)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/publishable/i)
  })

  it("lists only published, certified products of active producers, with certificate and producer", async () => {
    const res = await store(`/store/catalogue?q=${tag}`)
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(3)
    expect(titles(res).sort()).toEqual([`Chè Shan tuyết ${tag}`, `Nấm hương Sa Pa ${tag}`, `Rượu ngô Bản Phố ${tag}`])
    const shiitake = res.body.products.find((x: any) => x.id === p.shiitake.id)
    expect(shiitake).toMatchObject({
      handle: p.shiitake.handle,
      title_en: `shiitake ${tag}`,
      product_group: "food",
      origin_district: "sa-pa",
      price: { amount: 150000, currency_code: "vnd" },
      certificate: {
        id: certs.shiitake.id,
        star_level: 4,
        status: "valid",
        certificate_number: certs.shiitake.certificate_number,
      },
      producer: {
        id: producerA.id,
        handle: producerA.handle,
        name: producerA.name,
        kind: "cooperative",
        district: "sa-pa",
      },
    })
    expect(shiitake.created_at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(shiitake.certificate.valid_until).toMatch(/^\d{4}-\d\d-\d\d$/)
  })

  it("sorts by newest, price and stars", async () => {
    const base = `/store/catalogue?producer=${producerA.handle}`
    const short = (res: any) => res.body.products.map((x: any) => x.title.split(" ")[0])
    expect(short(await store(`${base}`))).toEqual(["Rượu", "Chè", "Nấm"])
    expect(short(await store(`${base}&sort=price_asc`))).toEqual(["Rượu", "Nấm", "Chè"])
    expect(short(await store(`${base}&sort=price_desc`))).toEqual(["Chè", "Nấm", "Rượu"])
    expect(short(await store(`${base}&sort=stars`))).toEqual(["Rượu", "Nấm", "Chè"])
  })

  it("gives card prices in US dollars on request, and filters and sorts on them", async () => {
    const base = `/store/catalogue?producer=${producerA.handle}&currency_code=usd`
    const cards = (res: any) => res.body.products.map((x: any) => [x.title.split(" ")[0], x.price])
    expect(cards(await store(`${base}&sort=price_asc`))).toEqual([
      ["Chè", { amount: 4.5, currency_code: "usd" }],
      ["Nấm", { amount: 6, currency_code: "usd" }],
      ["Rượu", null], // no USD price: shown without one, last
    ])
    expect(cards(await store(`${base}&sort=price_desc`)).map((c: any) => c[0])).toEqual(["Nấm", "Chè", "Rượu"])
    expect(titles(await store(`${base}&price_max=5`))).toEqual([`Chè Shan tuyết ${tag}`])
    expect(titles(await store(`${base}&price_min=5`))).toEqual([`Nấm hương Sa Pa ${tag}`])
    const facets = await store(`/store/catalogue/facets?producer=${producerA.handle}&currency_code=usd&price_min=5`)
    expect(facets.body.groups).toMatchObject({ food: 1, beverage: 0 })
    // Without currency_code (or with vnd) nothing changes.
    expect(
      cards(await store(`/store/catalogue?producer=${producerA.handle}&sort=price_asc&currency_code=vnd`))[0],
    ).toEqual(["Rượu", { amount: 90000, currency_code: "vnd" }])
    expect((await store(`/store/catalogue?currency_code=eur`)).status).toBe(400)
  })

  it("pages with a stable total count", async () => {
    const base = `/store/catalogue?producer=${producerA.handle}&sort=price_asc`
    const first = await store(`${base}&limit=2`)
    expect(first.body).toMatchObject({ count: 3, limit: 2, offset: 0 })
    expect(first.body.products).toHaveLength(2)
    const second = await store(`${base}&limit=2&offset=2`)
    expect(second.body).toMatchObject({ count: 3, offset: 2 })
    expect(titles(second)).toEqual([`Chè Shan tuyết ${tag}`])
    const beyond = await store(`${base}&limit=2&offset=10`)
    expect(beyond.body).toMatchObject({ count: 3, products: [] })
    expect((await store(`/store/catalogue?q=${tag}`)).body.limit).toBe(24)
  })

  it("filters by stars (one or several), group, district and price range", async () => {
    const base = `/store/catalogue?producer=${producerA.handle}&sort=price_asc`
    expect(titles(await store(`${base}&stars=4`))).toEqual([`Nấm hương Sa Pa ${tag}`])
    expect(titles(await store(`${base}&stars=4,5`))).toEqual([`Rượu ngô Bản Phố ${tag}`, `Nấm hương Sa Pa ${tag}`])
    expect(titles(await store(`${base}&stars=3&stars=5`))).toEqual([`Rượu ngô Bản Phố ${tag}`, `Chè Shan tuyết ${tag}`])
    expect(titles(await store(`${base}&group=beverage`))).toEqual([`Rượu ngô Bản Phố ${tag}`, `Chè Shan tuyết ${tag}`])
    expect(titles(await store(`${base}&district=sa-pa`))).toEqual([`Nấm hương Sa Pa ${tag}`])
    expect(titles(await store(`${base}&price_min=100000&price_max=200000`))).toEqual([`Nấm hương Sa Pa ${tag}`])
    expect(titles(await store(`${base}&price_min=150000`))).toEqual([`Nấm hương Sa Pa ${tag}`, `Chè Shan tuyết ${tag}`])
  })

  it("searches without diacritics or case, on title, English title and producer name", async () => {
    const search = async (q: string) => titles(await store(`/store/catalogue?q=${encodeURIComponent(`${q} ${tag}`)}`))
    expect(await search("nam huong sa pa")).toEqual([`Nấm hương Sa Pa ${tag}`])
    expect(await search("NẤM HƯƠNG")).toEqual([`Nấm hương Sa Pa ${tag}`])
    expect(await search("ruou ngo ban pho")).toEqual([`Rượu ngô Bản Phố ${tag}`])
    expect(await search("wine")).toEqual([`Rượu ngô Bản Phố ${tag}`])
    expect((await search("ta van")).length).toBe(3)
    expect(await search("que van ban")).toEqual([])
  })

  it("answers 400 with the field at fault for bad filters, in the caller's language", async () => {
    const vi = await store("/store/catalogue?stars=2&group=weapons&sort=cheapest&price_min=500&price_max=100&limit=500")
    expect(vi.status).toBe(400)
    expect(vi.body.type).toBe("invalid_data")
    expect(Object.keys(vi.body.errors).sort()).toEqual(["group", "limit", "price_max", "sort", "stars.0"].sort())
    expect(vi.body.errors.group).toBe("Nhóm sản phẩm không hợp lệ")
    const en = await store("/store/catalogue?district=hanoi", { "accept-language": "en" })
    expect(en.body.errors).toEqual({ district: "Invalid district" })
  })
})

describe("GET /store/catalogue/facets", () => {
  it("counts each dimension with the other filters but not its own", async () => {
    const all = await store(`/store/catalogue/facets?producer=${producerA.handle}`)
    expect(all.status).toBe(200)
    expect(all.body.stars).toEqual({ 3: 1, 4: 1, 5: 1 })
    expect(all.body.groups).toMatchObject({ food: 1, beverage: 2, herbal: 0, textile: 0 })
    expect(all.body.districts).toMatchObject({ "sa-pa": 1, "bac-ha": 2, "van-ban": 0 })
    expect(Object.keys(all.body.districts)).toHaveLength(9)
    expect(Object.keys(all.body.groups)).toHaveLength(6)

    const fourStars = await store(`/store/catalogue/facets?producer=${producerA.handle}&stars=4`)
    expect(fourStars.body.stars).toEqual({ 3: 1, 4: 1, 5: 1 })
    expect(fourStars.body.groups).toMatchObject({ food: 1, beverage: 0 })
    expect(fourStars.body.districts).toMatchObject({ "sa-pa": 1, "bac-ha": 0 })

    const beverages = await store(`/store/catalogue/facets?producer=${producerA.handle}&group=beverage&q=${tag}`)
    expect(beverages.body.stars).toEqual({ 3: 1, 4: 0, 5: 1 })
    expect(beverages.body.groups).toMatchObject({ food: 1, beverage: 2 })
  })

  it("validates its filters like the list", async () => {
    const res = await store("/store/catalogue/facets?stars=6")
    expect(res.status).toBe(400)
    expect(res.body.errors["stars.0"]).toBeDefined()
  })
})

describe("GET /store/catalogue/:handle", () => {
  it("shows a certified product with variants, images and certificate history", async () => {
    const res = await store(`/store/catalogue/${p.shiitake.handle}`)
    expect(res.status).toBe(200)
    const product = res.body.product
    expect(product).toMatchObject({
      id: p.shiitake.id,
      is_purchasable: true,
      certificate: { id: certs.shiitake.id },
      certificates: [{ id: certs.shiitake.id, status: "valid" }],
      price: { amount: 150000, currency_code: "vnd" },
      producer: { handle: producerA.handle },
      description_en: null,
      images: [],
    })
    expect(product.variants).toEqual([
      expect.objectContaining({
        title: "Gói",
        price: { amount: 150000, currency_code: "vnd" },
        in_stock: true,
        inventory_quantity: null,
      }),
    ])
  })

  it("still shows an uncertified OCOP product, as not purchasable", async () => {
    const res = await store(`/store/catalogue/${p.cinnamon.handle}`)
    expect(res.status).toBe(200)
    expect(res.body.product).toMatchObject({ is_purchasable: false, certificate: null, certificates: [] })
    const future = await store(`/store/catalogue/${p.future.handle}`)
    expect(future.body.product).toMatchObject({
      is_purchasable: false,
      certificate: null,
      certificates: [{ status: "valid" }],
    })
  })

  it("answers 404 for unknown handles and unpublished products", async () => {
    expect((await store(`/store/catalogue/no-such-product-${tag}`)).status).toBe(404)
    expect((await store(`/store/catalogue/${p.draft.handle}`)).status).toBe(404)
  })
})

describe("store producers and certificate verification", () => {
  it("lists active producers with their catalogue product counts", async () => {
    const res = await store(`/store/producers?district=sa-pa&kind=cooperative&limit=100`)
    expect(res.status).toBe(200)
    const mine = res.body.producers.find((x: any) => x.id === producerA.id)
    expect(mine).toMatchObject({
      handle: producerA.handle,
      product_count: 3,
      photos: [],
      representative: "Nguyễn Văn A",
    })
    // The whole public profile, field by field and in this order: the storefront and any client read
    // these bytes, and none of the register's own fields (registration number, search text) may leak.
    expect(Object.keys(mine)).toEqual([
      ...["id", "handle", "name", "kind", "district", "commune", "logo_url", "representative", "phone"],
      ...["email", "address", "story_vi", "story_en", "photos", "product_count"],
    ])
    expect(mine).toEqual({
      id: producerA.id,
      handle: producerA.handle,
      name: producerA.name,
      kind: "cooperative",
      district: "sa-pa",
      commune: "Tả Van",
      logo_url: null,
      representative: "Nguyễn Văn A",
      phone: "0912345678",
      email: null,
      address: "Thôn Tả Van, Sa Pa",
      story_vi: null,
      story_en: null,
      photos: [],
      product_count: 3,
    })
    expect(res.body.producers.some((x: any) => x.id === suspended.id)).toBe(false)
    expect(res.body.producers.every((x: any) => x.district === "sa-pa" && x.kind === "cooperative")).toBe(true)
    expect(res.body.producers).toHaveLength(Math.min(res.body.count, 100))
    // Pages cut the same order (name, then id), and a page past the end still tells the count.
    const cooperatives = `/store/producers?district=sa-pa&kind=cooperative`
    const ids = res.body.producers.map((x: any) => x.id)
    const middle = await store(`${cooperatives}&limit=2&offset=1`)
    expect(middle.body.producers.map((x: any) => x.id)).toEqual(ids.slice(1, 3))
    const past = await store(`${cooperatives}&limit=5&offset=${res.body.count}`)
    expect(past.body).toEqual({ producers: [], count: res.body.count, limit: 5, offset: res.body.count })
    const paged = await store(`/store/producers?limit=1&offset=0`)
    expect(paged.body).toMatchObject({ limit: 1, offset: 0 })
    expect(paged.body.count).toBeGreaterThanOrEqual(1)
    expect(paged.body.producers).toHaveLength(1)
    const bad = await store(`/store/producers?district=hanoi`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors.district).toBeDefined()
  })

  it("shows a producer's page with its certified products; 404 for unknown or suspended", async () => {
    const res = await store(`/store/producers/${producerA.handle}`)
    expect(res.status).toBe(200)
    expect(res.body.producer).toMatchObject({ id: producerA.id, product_count: 3 })
    expect(res.body.products.map((x: any) => x.id)).toEqual([p.wine.id, p.tea.id, p.shiitake.id])
    expect((await store(`/store/producers/${suspended.handle}`)).status).toBe(404)
    expect((await store(`/store/producers/nobody-${tag}`)).status).toBe(404)
  })

  it("verifies a certificate number, and answers 'unknown' for numbers never issued", async () => {
    const known = await store(`/store/certificates/${encodeURIComponent(certs.wine.certificate_number)}`)
    expect(known.status).toBe(200)
    expect(known.body).toMatchObject({
      certificate_number: certs.wine.certificate_number,
      status: "valid",
      certificate: { star_level: 5, issuing_level: "national" },
      product: { id: p.wine.id, handle: p.wine.handle },
      producer: { id: producerA.id },
    })
    const unknown = await store(`/store/certificates/NO-SUCH-${tag}`)
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual({
      certificate_number: `NO-SUCH-${tag}`,
      status: "unknown",
      certificate: null,
      product: null,
      producer: null,
    })
  })
})

describe("store reads made faster for issue 17 answer what they did", () => {
  /** The raw body of a store GET, as bytes the buyer receives. */
  const raw = async (urlPath: string, withKey: string) => {
    const res = await fetch(`${inject("backendUrl")}${urlPath}`, { headers: { "x-publishable-api-key": withKey } })
    return { status: res.status, text: await res.text() }
  }

  it("GET /store/ping answers {} behind a publishable key, and refuses without one", async () => {
    expect(await raw("/store/ping", key)).toEqual({ status: 200, text: "{}" })
    const without = await api("/store/ping")
    expect(without.status).toBe(400)
  })

  it("answers the catalogue's list, filters, search, facets and product pages byte for byte as before", async () => {
    // The seed's storefront key and its web channel: seed products have tracked stock there.
    const db = new pg.Client({ connectionString: inject("databaseUrl") })
    await db.connect()
    const { token: webKey, sales_channel_id: webChannel } = (
      await db
        .query(
          `SELECT k.token, l.sales_channel_id FROM api_key k
           JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
           WHERE k.title = 'Storefront' AND k.type = 'publishable' AND k.revoked_at IS NULL LIMIT 1`,
        )
        .finally(() => db.end())
    ).rows[0]
    const queries = [
      "limit=24",
      "limit=100",
      "limit=5&offset=5",
      "stars=4&limit=100",
      "stars=3&stars=5&sort=stars&limit=100",
      "group=food&limit=100",
      "district=sa-pa&limit=100",
      "stars=4&group=food&district=sa-pa&limit=24",
      `producer=${producerA.handle}&limit=100`,
      "price_min=100000&price_max=400000&sort=price_asc&limit=100",
      "sort=price_desc&limit=100",
      "currency_code=usd&sort=price_asc&limit=100",
      "q=nam%20huong&limit=24",
      "q=che&limit=100",
      `q=${tag}&sort=stars&limit=100`,
    ]
    // The former answers, computed in a separate process from the modules (catalogue-reference.ts).
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-catalogue-ref-")), "reference.json")
    const { runMedusa } = await import("@ocop/infra/medusa")
    await runMedusa(["exec", "./integration-tests/http/catalogue-reference.ts", out, webChannel, ...queries], {
      cwd: path.resolve(__dirname, "../.."),
      quiet: true,
      env: medusaTestEnv(),
    })
    const reference = JSON.parse(fs.readFileSync(out, "utf8"))

    const handles = Object.keys(reference.pages)
    expect(handles.length).toBeGreaterThanOrEqual(60)
    expect(
      Object.values(reference.pages).some((page: any) =>
        page?.product.variants.some((v: any) => v.inventory_quantity > 0),
      ),
    ).toBe(true)
    for (const handle of handles) {
      const got = await raw(`/store/catalogue/${handle}`, webKey)
      const expected = reference.pages[handle]
      expect({ handle, status: got.status }).toEqual({ handle, status: expected === null ? 404 : 200 })
      if (expected === null) continue
      // The parsed comparison names the field that differs; the text one also checks key order.
      expect({ handle, page: JSON.parse(got.text) }).toEqual({ handle, page: expected })
      expect({ handle, text: got.text }).toEqual({ handle, text: JSON.stringify(expected) })
    }
    for (const query of queries) {
      const list = await raw(`/store/catalogue?${query}`, webKey)
      expect({ query, list: JSON.parse(list.text) }).toEqual({ query, list: reference.lists[query] })
      expect({ query, text: list.text }).toEqual({ query, text: JSON.stringify(reference.lists[query]) })
      const facets = await raw(`/store/catalogue/facets?${query.replace(/&?(limit|offset|sort)=[^&]*/g, "")}`, webKey)
      expect({ query, text: facets.text }).toEqual({ query, text: JSON.stringify(reference.facets[query]) })
    }
  }, 240_000) // a separate Medusa process boots to compute the former answers

  it("GET /store/products lists exactly the products of the key's sales channels", async () => {
    // This file's key sells only this file's products: the seed's 60-odd products are outside its channel.
    const res = await store("/store/products?limit=100&fields=id,handle")
    expect(res.status).toBe(200)
    const published = ["shiitake", "tea", "wine", "cinnamon", "brocade", "future"].map((n) => p[n].id).sort()
    expect(res.body.products.map((x: any) => x.id).sort()).toEqual(published)
    expect(res.body.count).toBe(published.length)
    const byHandle = await store(`/store/products?handle=${p.tea.handle}&fields=id`)
    expect(byHandle.body.products.map((x: any) => x.id)).toEqual([p.tea.id])
    const seedProduct = await store("/store/products?handle=bo-gac-bep-si-ma-cai&fields=id")
    expect(seedProduct.body).toMatchObject({ products: [], count: 0 })
  })
})

describe("the printed catalogue", () => {
  // The backend's OCOP_STOREFRONT_URL, as the server got it from this environment (global-setup).
  const storefront = (process.env.OCOP_STOREFRONT_URL ?? "http://localhost:3000").replace(/\/+$/, "")
  const verifyUrl = (n: string) => `${storefront}/verify/${encodeURIComponent(n)}`
  const download = async (path: string, headers: Record<string, string>) => {
    const res = await fetch(`${inject("backendUrl")}${path}`, { headers })
    return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) }
  }
  let chili: any
  let chiliCert: any

  beforeAll(async () => {
    // A product of Mường Khương with an uploaded (PNG) picture, beside the seed's SVG drawings.
    const maker = await createProducer(token, {
      handle: `htx-mk-${tag}`,
      name: "Hợp tác xã Nông sản Mường Khương",
      district: "muong-khuong",
      commune: "Xã Mường Khương",
    })
    chili = await createProduct(token, {
      title: "Tương ớt Mường Khương",
      price: 45000,
      salesChannelId: (await storeAccess(token)).salesChannelId,
    })
    const picture = await upload(token, "tuong-ot.png", "image/png", pngBytes(60, 60))
    await api(`/admin/products/${chili.id}`, { token, body: { thumbnail: picture.body.files[0].url } })
    await attachProduct(token, chili.id, {
      producer_id: maker.id,
      product_group: "food",
      origin_district: "muong-khuong",
    })
    chiliCert = await certify(token, chili.id, 4)
  })

  it("is generated by trade promotion only, in vi or en; nothing to download before", async () => {
    expect((await download("/store/catalogue-prints/vi", { "x-publishable-api-key": key })).status).toBe(404)
    const office = await staffWithRole(token, "ocop_office")
    expect((await api("/admin/catalogue-prints", { token: office, body: { language: "vi" } })).status).toBe(403)
    expect((await api("/admin/catalogue-prints", { token: office })).status).toBe(200)
    const bad = await api("/admin/catalogue-prints", { token, body: { language: "fr" } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual({ language: "Ngôn ngữ phải là vi hoặc en" })
    expect((await store("/store/catalogue-prints")).body.catalogue_prints).toEqual([])
  })

  it("prints in English with the Vietnamese names kept, and keeps the latest only", async () => {
    const made = await api("/admin/catalogue-prints", { token, body: { language: "en" } })
    expect(made.status).toBe(201)
    const pdf = await download("/admin/catalogue-prints/en", { authorization: `Bearer ${token}` })
    expect(pdf.status).toBe(200)
    const all = pdfPageTexts(pdf.bytes).join("\n")
    expect(all).toContain("OCOP PRODUCTS")
    expect(all).toContain("Beverages")
    expect(all).toContain("Muong Khuong District")
    expect(all).toContain("Tương ớt Mường Khương")
    expect(all).toContain("Hợp tác xã Nông sản Mường Khương")
    // A new one replaces the last of its language.
    const again = await api("/admin/catalogue-prints", { token, body: { language: "en" } })
    const latest = (await store("/store/catalogue-prints")).body.catalogue_prints
    expect(latest).toEqual([again.body.catalogue_print])
    expect((await download("/store/catalogue-prints/de", { "x-publishable-api-key": key })).status).toBe(400)
  })
  it("holds every certified product by group, with its names, origin, certificate and a QR code to its check", async () => {
    const trade = await staffWithRole(token, "trade_promotion")
    const made = await api("/admin/catalogue-prints", { token: trade, body: { language: "vi" } })
    expect(made.status).toBe(201)
    // What the shop lists today is what the catalogue prints: the facets count it by group.
    const facets = (await store("/store/catalogue/facets")).body
    const perGroup = PRODUCT_GROUP_CODES.map((g) => ({ g, n: Number(facets.groups?.[g] ?? 0) })).filter((x) => x.n > 0)
    const total = perGroup.reduce((sum, x) => sum + x.n, 0)
    const pages = 1 + perGroup.reduce((sum, x) => sum + Math.ceil(x.n / SLOTS_PER_PAGE), 0)
    expect(made.body.catalogue_print).toMatchObject({
      language: "vi",
      product_count: total,
      group_count: perGroup.length,
      page_count: pages,
    })
    const latest = (await store("/store/catalogue-prints")).body.catalogue_prints
    expect(latest.map((x: any) => x.language).sort()).toEqual(["en", "vi"])
    expect(latest.find((x: any) => x.language === "vi")).toEqual(made.body.catalogue_print)

    const pdf = await download("/store/catalogue-prints/vi", { "x-publishable-api-key": key })
    expect(pdf.status).toBe(200)
    expect(pdf.type).toBe("application/pdf")
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdfPageCount(pdf.bytes)).toBe(pages)
    const texts = pdfPageTexts(pdf.bytes)
    expect(texts).toHaveLength(pages)
    expect(texts[0]).toContain("SẢN PHẨM OCOP")
    expect(texts[0]).toContain(`${total} sản phẩm đạt chứng nhận`)

    // A section per group: its band heads each of its pages, in the domain's order.
    const bands = texts
      .slice(1)
      .map((t) => perGroup.find((x) => t.trimStart().startsWith(productGroupName(x.g, "vi")))?.g)
    expect(bands).toEqual(perGroup.flatMap((x) => Array(Math.ceil(x.n / SLOTS_PER_PAGE)).fill(x.g)))

    // Names keep their diacritics when extracted.
    const all = texts.join("\n")
    for (const name of [
      "Tương ớt Mường Khương",
      "Huyện Mường Khương",
      "Huyện Bắc Hà",
      "Nấm hương Sa Pa",
      "Rượu ngô Bản Phố",
    ]) {
      expect(all).toContain(name)
    }
    for (const left of [p.draft, p.brocade, p.future, p.cinnamon]) expect(all).not.toContain(left.title)

    // Every QR code decodes to the verification page of a certificate printed beside it. (Last: the
    // rendering takes long enough that a kept-alive connection to the server would have gone.)
    const dpi = 150
    const images = renderPages(pdf.bytes, dpi)
    const decoded: string[] = []
    images.slice(1).forEach((image, i) => {
      for (let slot = 0; slot < SLOTS_PER_PAGE; slot++) {
        const url = decodeQrAt(image, dpi, slotBox(slot).qr)
        if (!url) continue
        decoded.push(url)
        const number = decodeURIComponent(url.slice(`${storefront}/verify/`.length))
        expect(url).toBe(verifyUrl(number))
        expect(texts[i + 1]).toContain(number)
      }
    })
    expect(decoded).toHaveLength(total)
    for (const cert of [certs.shiitake, certs.tea, certs.wine, chiliCert]) {
      expect(decoded).toContain(verifyUrl(cert.certificate_number))
    }
    // The Mường Khương product's code is on the page that names it.
    const chiliPage = texts.findIndex((t) => t.includes("Tương ớt Mường Khương"))
    expect(decoded.filter((u) => u === verifyUrl(chiliCert.certificate_number))).toHaveLength(1)
    expect(texts[chiliPage]).toContain(chiliCert.certificate_number)
  })
})
