import ExcelJS from "exceljs"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { DEMO_EVENTS } from "../../src/scripts/seed-data/events"
import { seededStore, shopProduct, sqlRows } from "./checkout-helpers"
import { clerkOf, createPlace, levelAt, openSession, productAt, sell, stockPlace, type Place } from "./counter-helpers"
import { adminToken, api, daysFromToday, staffMember, unique } from "./helpers"
import { producerAccount, sellableProduct } from "./producer-helpers"

let admin: string
let promotion: string
let promotionId: string

beforeAll(async () => {
  admin = await adminToken()
  const member = await staffMember(admin, "trade_promotion")
  promotion = member.token
  promotionId = member.id
})

/** A new event through the admin API, `from`–`to` days from today (Vietnam days). */
async function createEvent(token: string, from: number, to: number, overrides: Record<string, unknown> = {}) {
  const handle = `su-kien-thu-${unique()}`
  const res = await api("/admin/trade-events", {
    token,
    body: {
      handle,
      name: `Tuần lễ OCOP thử ${handle}`,
      name_en: `Test OCOP week ${handle}`,
      kind: "ocop_week",
      province: "Hà Nội",
      address: "Trung tâm Triển lãm Giảng Võ, Ba Đình",
      starts_on: daysFromToday(from),
      ends_on: daysFromToday(to),
      organiser: "Sở Công Thương Lào Cai",
      revenue_target: 120_000_000,
      budget_lines: [
        { kind: "booth_rent", amount: 200_000_000 },
        { kind: "transport", amount: 50_000_000 },
      ],
      ...overrides,
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.trade_event
}

const move = (id: string, status: string, token = promotion) =>
  api(`/admin/trade-events/${id}/status`, { token, body: { status } })

describe("trade events in the console", () => {
  it("are trade promotion's: a new event gets a paused booth of its own, and a clerk is refused", async () => {
    const event = await createEvent(promotion, 10, 12)
    expect(event).toMatchObject({
      status: "planned",
      starts_on: daysFromToday(10),
      ends_on: daysFromToday(12),
      timing: "coming",
      budget_total: 250_000_000,
      spent_total: 0,
      next_statuses: ["open"],
    })
    // Two events may share a name (next year's OCOP week is called the same): each gets its own booth.
    const namesake = await createEvent(promotion, 20, 22, { name: event.name })
    expect(namesake.point_of_sale_id).toBeTruthy()
    expect(namesake.point_of_sale_id).not.toBe(event.point_of_sale_id)
    // Even the booth's own clerk works its counter, not the event.
    const clerk = await clerkOf(admin, [event.point_of_sale_id])
    expect((await api("/admin/trade-events", { token: clerk.token })).status).toBe(403)
    const refused = await api(`/admin/trade-events/${event.id}`, { token: clerk.token, body: { name: "Đổi tên" } })
    expect(refused.status).toBe(403)

    // The responsible staff is picked among those who run events; a clerk's id is refused, nothing changes.
    const staff = (await api("/admin/event-staff", { token: promotion })).body.staff.map((s: { id: string }) => s.id)
    expect(staff).toContain(promotionId)
    expect(staff).not.toContain(clerk.id)
    expect((await api("/admin/event-staff", { token: clerk.token })).status).toBe(403)
    const notStaff = await api("/admin/trade-events", {
      token: promotion,
      body: { ...bodyOf(event), handle: `${event.handle}-2`, responsible_user_id: clerk.id },
    })
    expect([notStaff.status, notStaff.body.code]).toEqual([400, "responsible_not_staff"])
    const none = await api(`/admin/trade-events?q=${event.handle}-2`, { token: promotion })
    expect(none.body.count).toBe(0)
    const named = await api(`/admin/trade-events/${event.id}`, {
      token: promotion,
      body: { responsible_user_id: promotionId },
    })
    expect(named.body.trade_event).toMatchObject({ responsible_user_id: promotionId, responsible: { id: promotionId } })
    const unnamed = await api(`/admin/trade-events/${event.id}`, {
      token: promotion,
      body: { responsible_user_id: "user_khong_co", name: "Tên khác" },
    })
    expect([unnamed.status, unnamed.body.code]).toEqual([400, "responsible_not_staff"])
    const kept = await api(`/admin/trade-events/${event.id}`, { token: promotion })
    expect(kept.body.trade_event).toMatchObject({ name: event.name, responsible_user_id: promotionId })

    const booth = await api(`/admin/points-of-sale/${event.point_of_sale_id}`, { token: promotion })
    expect(booth.body.point_of_sale).toMatchObject({
      kind: "booth",
      status: "paused",
      trade_event_id: event.id,
      stock_location_id: event.stock_location_id,
      sales_channel_id: event.sales_channel_id,
    })

    const bad = await api("/admin/trade-events", {
      token: promotion,
      body: { handle: "x y", starts_on: daysFromToday(3), ends_on: daysFromToday(1) },
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(["handle", "name", "kind"]))
    const twice = await api("/admin/trade-events", {
      token: promotion,
      body: { ...bodyOf(event), budget_lines: [] },
    })
    expect([twice.status, twice.body.code]).toEqual([409, "event_handle_taken"])
  })

  it("moves planned → open → closed with its booth, and a closed event refuses every change", async () => {
    const event = await createEvent(promotion, 0, 2)
    const skip = await move(event.id, "closed")
    expect([skip.status, skip.body.code]).toEqual([409, "event_status_move"])
    const opened = await move(event.id, "open")
    expect(opened.body.trade_event.status).toBe("open")
    const place = async () =>
      (await api(`/admin/points-of-sale/${event.point_of_sale_id}`, { token: promotion })).body.point_of_sale.status
    expect(await place()).toBe("active")

    const line = event.budget_lines[0].id
    const spent = await api(`/admin/trade-events/${event.id}/spendings`, {
      token: promotion,
      body: { budget_line_id: line, amount: 35_000_000, spent_on: daysFromToday(0), note: "Đặt cọc gian hàng" },
    })
    expect(spent.status, JSON.stringify(spent.body)).toBe(201)
    expect(spent.body.trade_event.spent_total).toBe(35_000_000)
    const drop = await api(`/admin/trade-events/${event.id}`, { token: promotion, body: { budget_lines: [] } })
    expect([drop.status, drop.body.code]).toEqual([409, "budget_line_spent"])

    expect((await move(event.id, "closed")).body.trade_event).toMatchObject({ status: "closed", read_only: true })
    expect(await place()).toBe("closed")
    const refusals = await Promise.all([
      api(`/admin/trade-events/${event.id}`, { token: promotion, body: { name: "Đổi tên" } }),
      api(`/admin/trade-events/${event.id}/spendings`, {
        token: promotion,
        body: { budget_line_id: line, amount: 1_000, spent_on: daysFromToday(0) },
      }),
      api(`/admin/trade-events/${event.id}/participants`, { token: promotion, body: { producer_id: "prod_x" } }),
      api(`/admin/trade-events/${event.id}/prices`, { token: promotion, body: { prices: [] } }),
      move(event.id, "open"),
    ])
    for (const refused of refusals) expect([refused.status, refused.body.code]).toEqual([409, "event_closed"])
    const after = await api(`/admin/trade-events/${event.id}`, { token: promotion })
    expect(after.body.trade_event).toMatchObject({ name: event.name, spent_total: 35_000_000 })
  })
})

describe("event prices", () => {
  it("apply at the booth's counter during the event only, and nowhere else", async () => {
    const running = await createEvent(promotion, 0, 2)
    await move(running.id, "open")
    const booth = { id: running.point_of_sale_id, stock_location_id: running.stock_location_id } as Place
    const product = await productAt(admin, booth, 5, 10, 150_000)
    const showroom = await createPlace(admin)
    await stockPlace(admin, product.inventoryItemId, showroom.stock_location_id, 3)
    const coming = await createEvent(promotion, 10, 12)
    await stockPlace(admin, product.inventoryItemId, coming.stock_location_id, 3)
    const setPrices = (id: string, amount: number, online = false) =>
      api(`/admin/trade-events/${id}/prices`, {
        token: promotion,
        body: { online, prices: [{ variant_id: product.variantId, amount }] },
      })
    const set = await setPrices(running.id, 120_000)
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.trade_event.prices).toMatchObject([{ variant_id: product.variantId, amount: 120_000 }])
    expect((await setPrices(coming.id, 100_000)).status).toBe(200)

    const priceAt = async (placeId: string) => {
      const stock = await api(`/admin/points-of-sale/${placeId}/stock`, { token: promotion })
      return stock.body.stock.find((r: { variant_id: string }) => r.variant_id === product.variantId)
    }
    expect(await priceAt(running.point_of_sale_id)).toMatchObject({ price: 120_000, event_price: true })
    expect(await priceAt(showroom.id)).toMatchObject({ price: 150_000, event_price: false })
    expect(await priceAt(coming.point_of_sale_id)).toMatchObject({ price: 150_000, event_price: false })

    const registers = await api(`/admin/points-of-sale/${running.point_of_sale_id}/registers`, { token: promotion })
    const session = await openSession(promotion, registers.body.registers[0].id)
    const sale = await sell(promotion, session, {
      lines: [{ variant_id: product.variantId, quantity: 2 }],
      payments: [{ method: "cash", amount: 240_000, tendered: 240_000 }],
    })
    expect(sale.status, JSON.stringify(sale.body)).toBe(201)
    expect(sale.body.counter_sale.total).toBe(240_000)
    expect(await levelAt(product.inventoryItemId, running.stock_location_id)).toMatchObject({ stocked: 3 })
    expect(await levelAt(product.inventoryItemId, showroom.stock_location_id)).toMatchObject({ stocked: 3 })

    // Replacing the prices replaces the Medusa price list; `online` adds the storefront's channel.
    const first = (
      await sqlRows<{ price_list_id: string }>("SELECT price_list_id FROM trade_event WHERE id = $1", [running.id])
    )[0]!
    expect((await setPrices(running.id, 125_000, true)).body.trade_event).toMatchObject({ prices_online: true })
    const lists = await sqlRows<{ id: string; deleted: boolean; starts_at: Date; channels: string[] }>(
      `SELECT pl.id, pl.deleted_at IS NOT NULL AS deleted, pl.starts_at,
              (SELECT array_agg(c ORDER BY c) FROM jsonb_array_elements_text(plr.value) c) AS channels
         FROM price_list pl JOIN price_list_rule plr ON plr.price_list_id = pl.id AND plr.attribute = 'sales_channel_id'
        WHERE pl.metadata->>'trade_event_id' = $1 ORDER BY pl.created_at`,
      [running.id],
    )
    expect(lists.map((l) => [l.id === first.price_list_id, l.deleted, l.channels.length])).toEqual([
      [true, true, 1],
      [false, false, 2],
    ])
    expect(new Date(lists[1]!.starts_at).toISOString()).toBe(new Date(running.starts_at).toISOString())
    const { key } = await seededStore()
    const shown = await api(`/store/events/${running.handle}`, { key })
    expect(shown.body.event.prices).toEqual([expect.objectContaining({ amount: 125_000 })])
  })
})

describe("event report", () => {
  /** The event the first case reported on, for the files drawn from the same report. */
  let reported: { event: any; report: any; line: any } | undefined

  it("adds up the booth's orders, and reconciles its stock: received − sent back − on hand against sales", async () => {
    const event = await createEvent(promotion, 0, 1)
    await move(event.id, "open")
    const booth = { id: event.point_of_sale_id, stock_location_id: event.stock_location_id } as Place
    const product = await productAt(admin, booth, 0, 10, 80_000)
    const draft = await api("/admin/stock-transfers", {
      token: promotion,
      body: {
        from_location_id: product.warehouseId,
        to_location_id: event.stock_location_id,
        lines: [{ variant_id: product.variantId, quantity: 6 }],
      },
    })
    const sent = await api(`/admin/stock-transfers/${draft.body.stock_transfer.id}/send`, {
      token: promotion,
      body: {},
    })
    const received = await api("/admin/stock-transfer-receipts", {
      token: promotion,
      body: {
        transfer_id: draft.body.stock_transfer.id,
        lines: [{ line_id: sent.body.stock_transfer.lines[0].id, received_quantity: 5, loss_reason: "damaged" }],
      },
    })
    expect(received.status, JSON.stringify(received.body)).toBe(201)
    const registers = await api(`/admin/points-of-sale/${event.point_of_sale_id}/registers`, { token: promotion })
    const session = await openSession(promotion, registers.body.registers[0].id)
    const orderIds: string[] = []
    for (const quantity of [2, 1]) {
      const sale = await sell(promotion, session, {
        lines: [{ variant_id: product.variantId, quantity }],
        payments: [{ method: "cash", amount: quantity * 80_000, tendered: quantity * 80_000 }],
      })
      expect(sale.status, JSON.stringify(sale.body)).toBe(201)
      orderIds.push(sale.body.counter_sale.order_id)
    }
    await api(`/admin/trade-events/${event.id}/spendings`, {
      token: promotion,
      body: { budget_line_id: event.budget_lines[1].id, amount: 10_000_000, spent_on: daysFromToday(0) },
    })
    const orders = await Promise.all(
      orderIds.map((id) => api(`/admin/orders/${id}?fields=id,total`, { token: promotion })),
    )
    const ordersTotal = orders.reduce((sum, o) => sum + Number(o.body.order.total), 0)

    const report = (await api(`/admin/trade-events/${event.id}/report`, { token: promotion })).body.report
    expect(report.revenue).toMatchObject({ total: ordersTotal, orders: 2, target: 120_000_000 })
    expect(ordersTotal).toBe(240_000)
    expect(report.by_producer).toMatchObject([{ units: 3, revenue: 240_000 }])
    expect(report.budget).toMatchObject({ budget_total: 250_000_000, spent_total: 10_000_000 })
    const line = report.stock.find((l: { variant_id: string }) => l.variant_id === product.variantId)
    expect(line).toMatchObject({ received: 5, lost_in_transit: 1, sent_back: 0, on_hand: 2, sold_recorded: 3 })
    expect(line.sold_by_stock).toBe(line.received - line.sent_back - line.on_hand)
    expect(line.difference).toBe(0)
    const page = await api(`/admin/trade-events/${event.id}`, { token: promotion })
    expect(page.body.trade_event.report.revenue.total).toBe(240_000)
    reported = { event, report, line }
  })

  it("is the same report as the province's XLSX and PDF: the office reads them, a clerk and a producer cannot", async () => {
    const { event, report, line } = reported!
    const officeMember = await staffMember(admin, "ocop_office")
    const office = officeMember.token
    const xlsx = await download(`/admin/trade-events/${event.id}/report.xlsx`, office)
    expect(xlsx.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    expect(xlsx.disposition).toBe(`attachment; filename="bao-cao-${event.handle}.xlsx"`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer)
    const lastRow = (sheet: string) => {
      const ws = book.getWorksheet(sheet)!
      return (ws.getRow(ws.actualRowCount).values as unknown[]).slice(1)
    }
    const totalOf = (sheet: string) => {
      const ws = book.getWorksheet(sheet)!
      let found: unknown[] = []
      ws.eachRow((row) => {
        if (row.getCell(1).value === "Tổng cộng") found = (row.values as unknown[]).slice(1)
      })
      return found
    }
    expect(totalOf("Doanh thu theo chủ thể")).toEqual(["Tổng cộng", 3, report.revenue.total])
    expect(lastRow("Doanh thu theo chủ thể")).toEqual(["Chỉ tiêu doanh thu", undefined, 120_000_000])
    expect(totalOf("Doanh thu theo sản phẩm")).toEqual(["Tổng cộng", undefined, 3, report.revenue.total])
    expect(totalOf("Chi phí theo dự toán")).toEqual([
      "Tổng cộng",
      report.budget.budget_total,
      report.budget.spent_total,
      report.budget.budget_total - report.budget.spent_total,
    ])
    const stockTotal = totalOf("Đối chiếu hàng tại gian hàng")
    expect(stockTotal[0]).toBe("Tổng cộng")
    expect(stockTotal.slice(1)).toEqual([
      line.received,
      line.lost_in_transit,
      line.declared,
      line.sent_back,
      line.lost_at_booth,
      line.on_hand,
      line.sold_recorded,
      line.sold_by_stock,
      line.difference,
    ])
    expect(book.getWorksheet("Tổng hợp")!.getRow(2).values).toEqual([undefined, "Sự kiện", event.name])

    const pdf = await download(`/admin/trade-events/${event.id}/report.pdf`, promotion)
    expect([pdf.status, pdf.type, pdf.disposition]).toEqual([
      200,
      "application/pdf",
      `attachment; filename="bao-cao-${event.handle}.pdf"`,
    ])
    // pdfkit writes text as glyph ids of the embedded font, so the check reads what is readable:
    // the header, the DejaVu font (every Vietnamese letter), at least one page, and the title in
    // the document's information (UTF-16, as PDF strings hold non-Latin text).
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-")
    const raw = pdf.bytes.toString("latin1")
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/)
    expect(Number(raw.match(/\/Type \/Pages\s*\/Count (\d+)/)?.[1])).toBeGreaterThanOrEqual(1)
    const title = Buffer.from(`Báo cáo sự kiện xúc tiến thương mại — ${event.name}`, "utf16le").swap16()
    expect(pdf.bytes.includes(Buffer.concat([Buffer.from([0xfe, 0xff]), title]))).toBe(true)

    // The office's member becomes the booth's clerk: the same account is refused the report then.
    await api(`/admin/staff/${officeMember.id}/role`, {
      token: admin,
      body: { role: "pos_clerk", point_of_sale_ids: [event.point_of_sale_id] },
    })
    const producer = await producerAccount(admin)
    for (const path of ["report.xlsx", "report.pdf", "report"]) {
      expect((await download(`/admin/trade-events/${event.id}/${path}`, office)).status).toBe(403)
      expect((await download(`/admin/trade-events/${event.id}/${path}`, producer.token)).status).not.toBe(200)
    }
    expect((await download(`/admin/trade-events/tev_khong_co/report.xlsx`, promotion)).status).toBe(404)
  }, 180_000)
})

describe("booth stock brought by producers and lost at the booth", () => {
  it("counts in the reconciliation: sold = received + declared − sent back − lost − on hand; refusals change nothing", async () => {
    const [mine, other] = await Promise.all([producerAccount(admin), producerAccount(admin)])
    const [product, otherProduct] = await Promise.all([
      shopProduct(admin, { price: 50_000, stock: 0, producerId: mine.producer.id }),
      shopProduct(admin, { price: 60_000, stock: 0, producerId: other.producer.id }),
    ])
    const event = await createEvent(promotion, 0, 1)
    const invited = await api(`/admin/trade-events/${event.id}/participants`, {
      token: promotion,
      body: { producer_id: mine.producer.id, products: [{ product_id: product.productId, units: 10 }] },
    })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    const itemId = product.inventoryItemId!
    const declare = (token: string, variantId: string, quantity: number) =>
      api(`/producer/events/${event.id}/stock`, { token, body: { lines: [{ variant_id: variantId, quantity }] } })
    const codeOf = (r: { status: number; body: { code?: string } }) => [r.status, r.body.code]

    // Invited but not yet taking part; another's product; an event the producer is not in.
    expect(codeOf(await declare(mine.token, product.variantId, 6))).toEqual([400, "producer_not_participant"])
    await api(`/producer/events/${event.id}/answer`, { token: mine.token, body: { take_part: true } })
    expect(codeOf(await declare(mine.token, otherProduct.variantId, 6))).toEqual([400, "product_not_of_producer"])
    expect((await declare(other.token, otherProduct.variantId, 6)).status).toBe(404)
    const staffForOther = await api(`/admin/trade-events/${event.id}/stock-declarations`, {
      token: promotion,
      body: { producer_id: other.producer.id, lines: [{ variant_id: otherProduct.variantId, quantity: 1 }] },
    })
    expect(codeOf(staffForOther)).toEqual([400, "producer_not_participant"])
    expect(await levelAt(itemId, event.stock_location_id)).toMatchObject({ stocked: 0 })
    expect(await levelAt(otherProduct.inventoryItemId!, event.stock_location_id)).toMatchObject({ stocked: 0 })

    // The producer declares 6 in its console, staff record 2 more for it: the booth holds 8.
    const declared = await declare(mine.token, product.variantId, 6)
    expect(declared.status, JSON.stringify(declared.body)).toBe(201)
    expect(declared.body.event.invitation.booth_stock).toMatchObject([{ variant_id: product.variantId, quantity: 6 }])
    const byStaff = await api(`/admin/trade-events/${event.id}/stock-declarations`, {
      token: promotion,
      body: { producer_id: mine.producer.id, lines: [{ variant_id: product.variantId, quantity: 2 }] },
    })
    expect(byStaff.status, JSON.stringify(byStaff.body)).toBe(201)
    expect(await levelAt(itemId, event.stock_location_id)).toMatchObject({ stocked: 8 })

    // Sold 3 at the counter, 1 given to tasting, 2 sent back to the warehouse: 2 left.
    await move(event.id, "open")
    const registers = await api(`/admin/points-of-sale/${event.point_of_sale_id}/registers`, { token: promotion })
    const session = await openSession(promotion, registers.body.registers[0].id)
    const sale = await sell(promotion, session, {
      lines: [{ variant_id: product.variantId, quantity: 3 }],
      payments: [{ method: "cash", amount: 150_000, tendered: 150_000 }],
    })
    expect(sale.status, JSON.stringify(sale.body)).toBe(201)
    const loss = (quantity: number) =>
      api(`/admin/trade-events/${event.id}/booth-losses`, {
        token: promotion,
        body: { lines: [{ variant_id: product.variantId, quantity }], reason: "tasting" },
      })
    expect(codeOf(await loss(100))).toEqual([400, "booth_loss_above_stock"])
    expect((await loss(1)).status).toBe(201)
    const [warehouse] = await sqlRows<{ id: string }>("SELECT id FROM stock_location WHERE name = 'Kho Lào Cai'")
    const back = await api("/admin/stock-transfers", {
      token: promotion,
      body: {
        from_location_id: event.stock_location_id,
        to_location_id: warehouse!.id,
        lines: [{ variant_id: product.variantId, quantity: 2 }],
      },
    })
    const sent = await api(`/admin/stock-transfers/${back.body.stock_transfer.id}/send`, { token: promotion, body: {} })
    const received = await api("/admin/stock-transfer-receipts", {
      token: promotion,
      body: {
        transfer_id: back.body.stock_transfer.id,
        lines: [{ line_id: sent.body.stock_transfer.lines[0].id, received_quantity: 2 }],
      },
    })
    expect(received.status, JSON.stringify(received.body)).toBe(201)
    expect(await levelAt(itemId, event.stock_location_id)).toMatchObject({ stocked: 2 })

    const report = (await api(`/admin/trade-events/${event.id}/report`, { token: promotion })).body.report
    const line = report.stock.find((l: { variant_id: string }) => l.variant_id === product.variantId)
    expect(line).toMatchObject({
      received: 0,
      declared: 8,
      sent_back: 2,
      lost_at_booth: 1,
      on_hand: 2,
      sold_recorded: 3,
    })
    expect(line.sold_by_stock).toBe(line.received + line.declared - line.sent_back - line.lost_at_booth - line.on_hand)
    expect(line.difference).toBe(0)

    // A closed event refuses both, and its booth's stock stays as it was.
    await move(event.id, "closed")
    expect(codeOf(await declare(mine.token, product.variantId, 1))).toEqual([409, "event_closed"])
    expect(codeOf(await loss(1))).toEqual([409, "event_closed"])
    expect(await levelAt(itemId, event.stock_location_id)).toMatchObject({ stocked: 2 })
  }, 180_000)
})

/** A file answer: its status, type, disposition and bytes. */
async function download(path: string, token: string) {
  const res = await fetch(`${inject("backendUrl")}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    disposition: res.headers.get("content-disposition"),
    bytes: Buffer.from(await res.arrayBuffer()),
  }
}

/** The fields of an event as the create route takes them. */
function bodyOf(event: Record<string, unknown>) {
  const keys = ["handle", "name", "name_en", "kind", "province", "address", "starts_on", "ends_on", "organiser"]
  return { ...Object.fromEntries(keys.map((k) => [k, event[k]])), revenue_target: event.revenue_target }
}

describe("producers and visitors", () => {
  it("a producer sees and answers only its own invitations and leads, with its own products", async () => {
    const mine = await producerAccount(admin)
    const other = await producerAccount(admin)
    const [myProduct, otherProduct] = await Promise.all([
      sellableProduct(admin, mine.producer.id, 90_000),
      sellableProduct(admin, other.producer.id, 120_000),
    ])
    const event = await createEvent(promotion, 5, 7)
    const invite = (producerId: string, productId: string) =>
      api(`/admin/trade-events/${event.id}/participants`, {
        token: promotion,
        body: { producer_id: producerId, booth_number: "A1", products: [{ product_id: productId, units: 0 }] },
      })
    expect((await invite(mine.producer.id, otherProduct.productId)).body.code).toBe("product_not_of_producer")
    expect((await invite(mine.producer.id, myProduct.productId)).status).toBe(201)
    const onlyOther = await createEvent(promotion, 5, 7)
    const otherInvite = await api(`/admin/trade-events/${onlyOther.id}/participants`, {
      token: promotion,
      body: { producer_id: other.producer.id, products: [] },
    })
    expect(otherInvite.status, JSON.stringify(otherInvite.body)).toBe(201)

    const list = await api("/producer/events", { token: mine.token })
    expect(list.body.events.map((e: { id: string }) => e.id)).toEqual([event.id])
    expect(list.body.events[0].invitation).toMatchObject({ status: "invited", booth_number: "A1" })
    expect(JSON.stringify(list.body)).not.toContain(other.producer.id)
    expect((await api(`/producer/events/${onlyOther.id}`, { token: mine.token })).status).toBe(404)
    const foreign = await api(`/producer/events/${onlyOther.id}/answer`, {
      token: mine.token,
      body: { take_part: true },
    })
    expect(foreign.status).toBe(404)

    const wrong = await api(`/producer/events/${event.id}/answer`, {
      token: mine.token,
      body: { take_part: true, products: [{ product_id: otherProduct.productId, units: 5 }] },
    })
    expect([wrong.status, wrong.body.code]).toEqual([400, "product_not_of_producer"])
    const yes = await api(`/producer/events/${event.id}/answer`, {
      token: mine.token,
      body: { take_part: true, products: [{ product_id: myProduct.productId, units: 40 }] },
    })
    expect(yes.status, JSON.stringify(yes.body)).toBe(200)
    expect(yes.body.event.invitation).toMatchObject({
      status: "accepted",
      products: [{ product_id: myProduct.productId, units: 40 }],
    })

    const { key } = await seededStore()
    const shown = await api(`/store/events/${event.handle}`, { key })
    expect(shown.body.event).toMatchObject({
      handle: event.handle,
      venue: { province: "Hà Nội" },
      participants: [
        { producer: { name: mine.producer.name }, booth_number: "A1", products: [{ title: myProduct.title }] },
      ],
    })
    expect(JSON.stringify(shown.body)).not.toContain("revenue_target")
    expect((await api("/store/events/khong-co-su-kien-nay", { key })).status).toBe(404)

    // Leads: recorded for a producer taking part, seen by that producer only, followed up after closing.
    const lead = (producerId: string, productId = myProduct.productId) =>
      api(`/admin/trade-events/${event.id}/leads`, {
        token: promotion,
        body: {
          company: "Công ty TNHH Thực phẩm Sạch Hà Nội",
          contact_name: "Trần Văn Bình",
          phone: "0987654321",
          producer_id: producerId,
          product_ids: [productId],
          volume: "200 hộp mỗi tháng",
        },
      })
    const recorded = await lead(mine.producer.id)
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    expect((await lead(other.producer.id, otherProduct.productId)).body.code).toBe("producer_not_participant")
    const myLeads = await api("/producer/leads", { token: mine.token })
    expect(myLeads.body.leads).toMatchObject([
      { company: "Công ty TNHH Thực phẩm Sạch Hà Nội", status: "new", event: { id: event.id } },
    ])
    expect((await api("/producer/leads", { token: other.token })).body.leads).toEqual([])
    await move(event.id, "open")
    await move(event.id, "closed")
    expect([(await lead(mine.producer.id)).status]).toEqual([409])
    const leadId = recorded.body.trade_event.leads[0].id
    const followed = await api(`/admin/trade-events/${event.id}/leads/${leadId}`, {
      token: promotion,
      body: { status: "contacted", note: "Đã gửi báo giá" },
    })
    expect(followed.body.trade_event.leads[0]).toMatchObject({ status: "contacted", note: "Đã gửi báo giá" })
  })

  it("the storefront lists running events first, then coming, then past", async () => {
    const past = await createEvent(promotion, -30, -28)
    await move(past.id, "open")
    await move(past.id, "closed")
    const coming = await createEvent(promotion, 20, 22)
    const running = await createEvent(promotion, -1, 1)
    await move(running.id, "open")
    const { key } = await seededStore()
    const listed = await api("/store/events", { key })
    expect(listed.status).toBe(200)
    const ours = listed.body.events
      .map((e: { handle: string }) => e.handle)
      .filter((h: string) => [past.handle, coming.handle, running.handle].includes(h))
    expect(ours).toEqual([running.handle, coming.handle, past.handle])
    const first = listed.body.events.find((e: { handle: string }) => e.handle === running.handle)
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["handle", "name", "starts_at", "ends_at", "venue"]))
    expect(first.timing).toBe("running")
  })

  it("the seed brings the plan's three events, dated from the seed day: one past, one running, one coming", async () => {
    const { key } = await seededStore()
    const listed = await api("/store/events", { key })
    const timing = (handle: string) => listed.body.events.find((e: { handle: string }) => e.handle === handle)?.timing
    expect(DEMO_EVENTS.map((e) => timing(e.handle))).toEqual(["past", "running", "coming"])
    const past = await api(`/admin/trade-events?q=${encodeURIComponent("Tuần lễ nhận diện")}`, { token: promotion })
    expect(past.body.trade_events[0]).toMatchObject({ status: "closed", sample_data: true, budget_total: 350_000_000 })
    const shown = await api(`/admin/trade-events/${past.body.trade_events[0].id}`, { token: promotion })
    expect(shown.body.trade_event.leads).toHaveLength(2)
    expect(shown.body.trade_event.spent_total).toBeGreaterThan(0)
    // Its booth worked through the counter: sample sales on the event's days, a loss, the rest sent back.
    const report = shown.body.trade_event.report
    expect(report.revenue.orders).toBeGreaterThan(0)
    const orders = await sqlRows<{ total: string; day: string }>(
      `SELECT o.id, cs.total, to_char(cs.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day
         FROM counter_sale cs JOIN "order" o ON o.id = cs.order_id
        WHERE cs.point_of_sale_id = $1 AND cs.deleted_at IS NULL`,
      [shown.body.trade_event.point_of_sale_id],
    )
    expect(report.revenue.total).toBe(orders.reduce((sum, o) => sum + Number(o.total), 0))
    const { starts_on, ends_on } = shown.body.trade_event
    expect(orders.every((o) => o.day >= starts_on && o.day <= ends_on)).toBe(true)
    expect(report.stock.some((l: { sent_back: number }) => l.sent_back > 0)).toBe(true)
    expect(report.stock.some((l: { lost_at_booth: number }) => l.lost_at_booth > 0)).toBe(true)
    expect(report.stock.map((l: { difference: number }) => l.difference)).toEqual(report.stock.map(() => 0))
  })
})
