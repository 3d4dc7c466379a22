import { addDays, vietnamToday } from "@ocop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { waitFor } from "../support/process"
import { call, checkout, type Shop } from "../support/shop"
import { logLines, ops, topology, type Topology } from "../support/topology"

/** The sweep's ticks logged by the topology's processes, as `<process>: certificate sweep: tick <time>`. */
export const sweepTicks = (t: Topology, since?: number[]) =>
  logLines(t.processes, /certificate sweep: tick [0-9T:.Z-]+/, since)

/** Ticks grouped by their time: each must have been run by exactly one process. */
export function byTick(lines: string[]) {
  const ticks = new Map<string, string[]>()
  for (const line of lines) {
    const tick = line.split("tick ")[1]!
    ticks.set(tick, [...(ticks.get(tick) ?? []), line])
  }
  return ticks
}

/**
 * A price changed through server a reaches the storefront catalogue — through the worker's
 * subscriber, which rebuilds the read model — as server b serves it (its cached page lives ≤ 10 s).
 */
export async function priceReachesOtherServer(t: Topology, newPrice: number, timeoutMs = 90_000) {
  const [a, b] = t.servers as [Shop, Shop]
  const detail = await call(b.url, "/store/catalogue/ca-hoi-sa-pa", { key: b.key })
  const product = detail.body.product
  const variant = (
    await call(a.url, `/admin/products/${product.id}?fields=variants.id`, {
      token: t.token,
    })
  ).body.product.variants[0]
  const changed = await call(a.url, `/admin/products/${product.id}/variants/${variant.id}`, {
    token: t.token,
    body: { prices: [{ currency_code: "vnd", amount: newPrice }] },
  })
  expect(changed.status, JSON.stringify(changed.body)).toBe(200)
  const card = await waitFor(
    `the price ${newPrice} on the other server's catalogue`,
    async () => {
      const page = await call(b.url, `/store/catalogue?producer=${product.producer.handle}&limit=100`, { key: b.key })
      const found = page.body.products.find((p: { handle: string }) => p.handle === "ca-hoi-sa-pa")
      return found?.price?.amount === newPrice ? found : null
    },
    timeoutMs,
  ).catch((error: Error) => {
    const workers = t.workers.map((w, i) => `worker ${i}:\n${w.output().slice(-3000)}`).join("\n")
    throw new Error(`${error.message}; the workers said:\n${workers}`)
  })
  expect(card.price).toEqual({ amount: newPrice, currency_code: "vnd" })
}

/**
 * Issue 11, point 4: the topology of infra/README.md from the compiled build — two servers and two
 * workers on one database, Redis, bucket and mail server.
 */
export function scaleOut() {
  describe("scaled out: two servers and two workers", () => {
    let t: Topology
    beforeAll(async () => {
      t = await topology()
    }, 600_000)

    it("servers and workers never migrate on their own", () => {
      for (const service of t.processes) expect(service.output()).toContain("not migrating")
    })

    it(
      "20 buyers alternating between the servers for 5 units place exactly 5 orders",
      { timeout: 300_000 },
      async () => {
        const { rows } = await t.db.query(
          `SELECT v.id AS variant_id, il.inventory_item_id, il.location_id
           FROM product_variant v
           JOIN product p ON p.id = v.product_id AND p.handle = 'nam-huong-sa-pa'
           JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
           JOIN inventory_level il ON il.inventory_item_id = vii.inventory_item_id AND il.deleted_at IS NULL
          WHERE v.deleted_at IS NULL ORDER BY v.created_at LIMIT 1`,
        )
        const { variant_id, inventory_item_id, location_id } = rows[0]
        // Five units in all, set through the admin API as staff would (the stock is cached in Redis, so
        // writing the table directly would leave the servers counting the old stock).
        const setLevel = (location: string, units: number) =>
          call(t.servers[0]!.url, `/admin/inventory-items/${inventory_item_id}/location-levels/${location}`, {
            token: t.token,
            body: { stocked_quantity: units },
          })
        const set = await setLevel(location_id, 5)
        expect(set.status, JSON.stringify(set.body)).toBe(200)
        // The showrooms (points of sale) hold stock of their own: none there, so the five are all there is.
        const { rows: others } = await t.db.query(
          "SELECT location_id FROM inventory_level WHERE inventory_item_id = $1 AND location_id <> $2 AND deleted_at IS NULL",
          [inventory_item_id, location_id],
        )
        for (const other of others) {
          const emptied = await setLevel(other.location_id, 0)
          expect(emptied.status, JSON.stringify(emptied.body)).toBe(200)
        }
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            checkout(t.servers[i % 2]!, t.regionId, variant_id, `mua-${i}@example.vn`),
          ),
        )
        const orders = results.filter((r) => r.order).map((r) => r.order.id)
        expect(
          orders.length,
          JSON.stringify(results.filter((r) => !r.order).map((r) => r.refusal)).slice(0, 2000),
        ).toBe(5)
        expect(new Set(orders).size).toBe(5)
        const reserved = await t.db.query(
          "SELECT coalesce(sum(quantity), 0)::int AS units, count(DISTINCT line_item_id)::int AS lines FROM reservation_item WHERE inventory_item_id = $1 AND deleted_at IS NULL",
          [inventory_item_id],
        )
        expect(reserved.rows[0]).toEqual({ units: 5, lines: 5 })
        const level = await t.db.query(
          "SELECT sum(stocked_quantity)::int AS stocked, sum(reserved_quantity)::int AS reserved FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL",
          [inventory_item_id],
        )
        expect(level.rows[0]).toEqual({ stocked: 5, reserved: 5 })
      },
    )

    it(
      "a price changed through one server reaches the catalogue through the worker, seen by the other",
      { timeout: 180_000 },
      async () => {
        await priceReachesOtherServer(t, 99_000)
      },
    )

    it("a picture uploaded through one server is served to everyone from the bucket", async () => {
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64",
      )
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "ca-hoi.png")
      const res = await fetch(`${t.servers[0]!.url}/admin/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${t.token}` },
        body: form,
      })
      expect(res.status).toBe(200)
      const url = ((await res.json()) as { files: { url: string }[] }).files[0]!.url
      expect(url.startsWith(`${ops.env.S3_FILE_URL}/`), url).toBe(true)
      const served = await fetch(url)
      expect(served.status).toBe(200)
      expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
    })

    it(
      "the certificate sweep runs each tick once across two workers and two servers",
      { timeout: 180_000 },
      async () => {
        // A certificate whose last day was yesterday in Vietnam: the next tick expires it, once.
        const due = await t.db.query(
          `SELECT c.id FROM certification c JOIN product p ON p.id = c.product_id
          WHERE c.status = 'valid' AND c.deleted_at IS NULL AND p.handle NOT IN ('nam-huong-sa-pa', 'ca-hoi-sa-pa')
          ORDER BY c.certificate_number LIMIT 1`,
        )
        await t.db.query("UPDATE certification SET valid_until = $1 WHERE id = $2", [
          addDays(vietnamToday(), -1),
          due.rows[0].id,
        ])
        const seen = await waitFor(
          "four ticks of the sweep and the certificate expired",
          async () => {
            const lines = sweepTicks(t)
            const expired = logLines(t.processes, /OCOP certificates: \d+ expired/)
            return byTick(lines).size >= 4 && expired.length ? { lines, expired } : null
          },
          120_000,
        )
        for (const [tick, lines] of byTick(seen.lines)) expect(lines, `tick ${tick}`).toHaveLength(1)
        // Only workers run it (processes 2 and 3); the certificate was expired by one run.
        expect(seen.lines.every((l) => l.startsWith("2:") || l.startsWith("3:"))).toBe(true)
        expect(seen.expired).toEqual([expect.stringMatching(/: OCOP certificates: 1 expired$/)])
        const after = await t.db.query("SELECT status FROM certification WHERE id = $1", [due.rows[0].id])
        expect(after.rows[0].status).toBe("expired")
      },
    )
  })
}
