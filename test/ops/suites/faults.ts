import { addDays, vietnamToday } from "@ocop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { waitFor } from "../support/process"
import { call, checkout, checkoutRetrying, type Shop } from "../support/shop"
import {
  backupTaken,
  healthy,
  logLines,
  logMarks,
  ops,
  startTopologyProcess,
  topology,
  type Topology,
} from "../support/topology"
import { byTick, priceReachesOtherServer, sweepTicks } from "./scale-out"

/**
 * Issue 11, point 5: what the topology survives. The processes reach PostgreSQL through a relay
 * that the test cuts; Redis is the suite's own, so it can be stopped and started on its port.
 */
export function faults() {
  describe("faults, with the same topology", () => {
    let t: Topology
    beforeAll(async () => {
      t = await topology()
    }, 600_000)

    /** A variant with plenty of stock at the web warehouse only. */
    async function stockedVariant(handle: string, units: number) {
      const { rows } = await t.db.query(
        `SELECT v.id AS variant_id, vii.inventory_item_id FROM product_variant v
           JOIN product p ON p.id = v.product_id AND p.handle = $1
           JOIN product_variant_inventory_item vii ON vii.variant_id = v.id AND vii.deleted_at IS NULL
          WHERE v.deleted_at IS NULL ORDER BY v.created_at LIMIT 1`,
        [handle],
      )
      const { variant_id, inventory_item_id } = rows[0]
      const levels = await t.db.query(
        "SELECT location_id FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL ORDER BY created_at",
        [inventory_item_id],
      )
      for (const [i, level] of levels.rows.entries()) {
        const set = await call(
          t.servers[1]!.url,
          `/admin/inventory-items/${inventory_item_id}/location-levels/${level.location_id}`,
          { token: t.token, body: { stocked_quantity: i === 0 ? units : 0 } },
        )
        expect(set.status, JSON.stringify(set.body)).toBe(200)
      }
      return { variant_id: variant_id as string, inventory_item_id: inventory_item_id as string }
    }

    const available = async (inventoryItemId: string) =>
      (
        await t.db.query(
          "SELECT sum(stocked_quantity - reserved_quantity)::int AS units FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL",
          [inventoryItemId],
        )
      ).rows[0].units as number

    it(
      "kill -9 of a server during 50 checkouts: one order per cart, each with its payment, stock less what was sold",
      { timeout: 600_000 },
      async () => {
        // Five products on sale until the furthest date, ten buyers each: the checkouts contend for
        // the servers, not all for one product's stock lock.
        const { rows: listed } = await t.db.query(
          `SELECT ce.handle FROM catalogue_entry ce JOIN certification c ON c.id = ce.certification_id
            WHERE ce.is_listed AND ce.deleted_at IS NULL AND ce.handle <> 'ca-hoi-sa-pa'
            ORDER BY c.valid_until DESC, ce.handle LIMIT 5`,
        )
        expect(listed).toHaveLength(5)
        const stocked: { variant_id: string; inventory_item_id: string }[] = []
        for (const { handle } of listed) stocked.push(await stockedVariant(handle, 100))
        const before = await Promise.all(stocked.map((s) => available(s.inventory_item_id)))
        const buyers = Array.from({ length: 50 }, (_, i) =>
          checkoutRetrying(t.servers, i, t.regionId, stocked[i % 5]!.variant_id, `loi-${i}@example.vn`),
        )
        // Server a dies with no warning once ten orders are placed and forty checkouts are under way.
        await waitFor(
          "ten of the fifty orders",
          async () =>
            (await t.db.query(`SELECT count(*)::int AS n FROM "order" WHERE email LIKE 'loi-%'`)).rows[0].n >= 10,
          300_000,
        )
        process.kill(-t.processes[0]!.child.pid!, "SIGKILL")
        const results = await Promise.all(buyers)
        // The operator's supervisor starts it again; later suites use both servers.
        t.processes[0] = startTopologyProcess(t, 0)
        const restarted = healthy(t.servers[0]!.url, t.processes[0])

        expect(results.filter((r) => !r.order).map((r) => r.refusal)).toEqual([])
        const cartIds = results.map((r) => r.cartId)
        const linked = await t.db.query(
          "SELECT cart_id, count(DISTINCT order_id)::int AS orders FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL GROUP BY cart_id",
          [cartIds],
        )
        expect(linked.rows.length).toBe(50)
        expect(linked.rows.filter((row) => row.orders !== 1)).toEqual([])
        const unpaid = await t.db.query(
          `SELECT oc.order_id FROM order_cart oc
            WHERE oc.cart_id = ANY($1) AND oc.deleted_at IS NULL AND NOT EXISTS (
              SELECT 1 FROM order_payment_collection opc
                JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
               WHERE opc.order_id = oc.order_id AND opc.deleted_at IS NULL)`,
          [cartIds],
        )
        expect(unpaid.rows).toEqual([])
        const sold = await t.db.query(
          `SELECT coalesce(sum(oi.quantity), 0)::int AS units FROM order_cart oc
             JOIN order_item oi ON oi.order_id = oc.order_id AND oi.deleted_at IS NULL
            WHERE oc.cart_id = ANY($1) AND oc.deleted_at IS NULL`,
          [cartIds],
        )
        expect(sold.rows[0].units).toBe(50)
        const after = await Promise.all(stocked.map((s) => available(s.inventory_item_id)))
        expect(after).toEqual(before.map((units) => units - 10))
        await restarted
      },
    )

    it(
      "Redis restarted empty mid-run: with no process restarted, orders, price changes and the sweep all resume",
      { timeout: 300_000 },
      async () => {
        const { variant_id } = await stockedVariant("nam-huong-sa-pa", 500)
        const alive = t.alive()
        await ops.redis.stop()
        const since = logMarks(t.processes)
        const restartedAt = new Date()
        await ops.redis.start()
        for (const [i, shop] of t.servers.entries()) {
          await waitFor(
            `a checkout through server ${i} after Redis came back`,
            async () => (await checkout(shop as Shop, t.regionId, variant_id, `sau-redis-${i}@example.vn`)).order,
            120_000,
          )
        }
        // Events: a price changed through server a reaches the catalogue through a worker, as b serves it.
        await priceReachesOtherServer(t, 88_000, 120_000)

        // Scheduled jobs: Redis forgot the sweep; a worker registers it again, and each tick still
        // runs in one process only. A certificate falling due now is expired, once.
        const due = await t.db.query(
          `SELECT c.id FROM certification c JOIN product p ON p.id = c.product_id
            WHERE c.status = 'valid' AND c.deleted_at IS NULL AND p.handle NOT IN ('nam-huong-sa-pa', 'ca-hoi-sa-pa')
            ORDER BY c.certificate_number LIMIT 1`,
        )
        await t.db.query("UPDATE certification SET valid_until = $1 WHERE id = $2", [
          addDays(vietnamToday(), -1),
          due.rows[0].id,
        ])
        const after = await waitFor(
          "three ticks of the sweep after Redis came back",
          async () => {
            const lines = sweepTicks(t, since).filter((line) => new Date(line.split("tick ")[1]!) > restartedAt)
            const expired = logLines(t.processes, /OCOP certificates: \d+ expired/, since)
            return byTick(lines).size >= 3 && expired.length ? { lines, expired } : null
          },
          120_000,
        ).catch((error: Error) => {
          const workers = t.workers.map((w, i) => `worker ${i}:\n${w.output().slice(-3000)}`).join("\n")
          throw new Error(`${error.message}; the workers said:\n${workers}`)
        })
        for (const [tick, lines] of byTick(after.lines)) expect(lines, `tick ${tick}`).toHaveLength(1)
        expect(after.expired).toEqual([expect.stringMatching(/: OCOP certificates: 1 expired$/)])
        expect(
          logLines(t.workers, /scheduled job job-expire-ocop-certifications was missing/, since.slice(2)),
        ).not.toEqual([])
        expect(t.alive()).toEqual(alive)
      },
    )
  })
}

/**
 * PostgreSQL unreachable (issue 11, point 5): registered beside the backup suite, in a concurrent
 * block — it cuts the topology's database once the backup is made, and the restore (on a database
 * and Redis of its own) runs during the minute the servers wait before answering 503.
 */
export function databaseUnreachable() {
  it(
    "PostgreSQL unreachable: 503 with a clear message, and service returns by itself",
    { timeout: 300_000 },
    async () => {
      const t = await topology()
      await backupTaken.promise
      const alive = t.alive()
      const newCart = (shop: Shop) => call(shop.url, "/store/carts", { key: shop.key, body: { region_id: t.regionId } })
      await t.dbProxy.cut()
      try {
        // Both at once: a request waits for the pool's connection (up to 60 s, knex's acquire timeout).
        const refusals = await Promise.all(
          t.servers.map((shop) =>
            waitFor(
              `a 503 from ${shop.url}`,
              async () => {
                const answer = await newCart(shop)
                return answer.status === 503 ? answer : null
              },
              180_000,
            ),
          ),
        )
        for (const refused of refusals) {
          expect(refused.body).toEqual({
            type: "database_unreachable",
            message: "Cửa hàng tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.",
          })
        }
      } finally {
        await t.dbProxy.mend()
      }
      await Promise.all(
        t.servers.map((shop) =>
          waitFor(`${shop.url} serving again`, async () => (await newCart(shop)).status === 200, 120_000),
        ),
      )
      expect(t.alive()).toEqual(alive)
    },
  )
}
