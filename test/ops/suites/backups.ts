import fs from "node:fs"
import path from "node:path"
import { expect, it } from "vitest"
import { shopSnapshot } from "../support/backup-steps"
import { run } from "../support/process"
import { startRedis } from "../support/redis"
import { call } from "../support/shop"
import {
  backupTaken,
  databaseUrlFor,
  dropDatabase,
  freePort,
  healthy,
  ops,
  startBackend,
  stopService,
  topology,
} from "../support/topology"

/**
 * Issue 11, point 6: `npm run backup` of the scaled-out shop after its orders, then `npm run restore`
 * as after losing the host: a fresh database, the bucket emptied, a new empty Redis. Registered in a
 * concurrent block beside the database cut, which waits for the backup to be made.
 */
export function backups() {
  it(
    "back up, then restore into a fresh database: the same catalogue, orders, pictures and administrator",
    { timeout: 900_000 },
    async () => {
      const t = await topology()
      const backupDir = path.join(ops.work, "backup")
      let before: Awaited<ReturnType<typeof shopSnapshot>>
      try {
        before = await shopSnapshot(t.servers[1]!, t.token)
        const made = await run("npm", ["run", "backup", "--", backupDir], { env: ops.env })
        expect(made.code, made.output.slice(-3000)).toBe(0)
        expect(made.output).toMatch(/backup: \d+ tables, \d+ rows, \d+ files \(s3\)/)
      } finally {
        backupTaken.resolve()
      }
      expect(before.orders.length).toBeGreaterThanOrEqual(5)

      // The disaster: the bucket emptied; the restored shop gets a new database and an empty Redis.
      const bucketDir = path.join(ops.work, "s3", ops.env.S3_BUCKET!)
      fs.rmSync(bucketDir, { recursive: true, force: true })
      fs.mkdirSync(bucketDir)
      expect((await fetch(before.picture)).status).toBe(404)
      const redis = await startRedis()
      const restoredName = `${ops.dbName}_restored`
      const restoredEnv = {
        ...ops.env,
        DATABASE_URL: databaseUrlFor(ops.database.url, restoredName),
        REDIS_URL: redis.url,
      }
      try {
        const done = await run("npm", ["run", "restore", "--", backupDir], { env: restoredEnv })
        expect(done.code, done.output.slice(-3000)).toBe(0)
        expect(done.output).toContain("migrations: done")
        const port = await freePort()
        const restored = startBackend({ ...restoredEnv, MEDUSA_WORKER_MODE: "server", BACKEND_PORT: String(port) })
        ops.others.push(restored)
        const url = `http://localhost:${port}`
        await healthy(url, restored)
        // The same administrator signs in: accounts and password hashes came back with the rows.
        const login = await call(url, "/auth/user/emailpass", { body: ops.administrator })
        expect(login.status).toBe(200)
        const after = await shopSnapshot({ url, key: ops.publishableKey }, login.body.token)
        expect(after).toEqual(before)
        expect((await fetch(after.picture)).status).toBe(200)

        // A second restore into a database that holds a shop is refused, naming why.
        const again = await run("npm", ["run", "restore", "--", backupDir], { env: restoredEnv })
        expect(again.code).not.toBe(0)
        expect(again.output).toContain("already holds a shop")
        await stopService(restored)
      } finally {
        await redis.stop()
        await dropDatabase(ops.database.url, restoredName).catch(() => undefined)
      }
    },
  )
}
