import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" }

declare module "vitest" {
  export interface ProvidedContext {
    backendUrl: string
    databaseUrl: string
    databaseServerUrl: string
    uploadDir: string
    testSecrets: { jwt: string; cookie: string }
    smtpUrl: string
    mailDir: string
  }
}

/** A free TCP port on loopback, so parallel runs on one machine never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })
}

const backendDir = path.resolve(__dirname, "../..")

/**
 * Gives the integration tests a real backend: a fresh PostgreSQL database (on the server that
 * TEST_DATABASE_URL or DATABASE_URL names, else an embedded one), migrated, seeded with the demo
 * catalogue, and `medusa start` serving it in production mode with throw-away secrets.
 */
export default async function setup(project: TestProject) {
  // @ocop/infra is ES modules; this package is CommonJS, so it is loaded dynamically.
  const { createDatabaseIfMissing, databaseUrlFor, dropDatabase, ensureDatabaseServer } =
    await import("@ocop/infra/database")
  const { runMedusa, spawnMedusa, stopChild, waitForHealth } = await import("@ocop/infra/medusa")
  const server = await ensureDatabaseServer({
    serverUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
    name: "pg-test",
    port: 0,
  })
  const dbName = `ocop_test_${Date.now()}_${process.pid}`
  await createDatabaseIfMissing(server.url, dbName)
  const databaseUrl = databaseUrlFor(server.url, dbName)
  const secrets = { jwt: crypto.randomBytes(24).toString("hex"), cookie: crypto.randomBytes(24).toString("hex") }
  const port = await freePort()
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-uploads-"))
  // A real SMTP server of the run's own: every mail the backend sends lands in mailDir as JSON.
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-mail-"))
  const { startMailCatcher } = await import("@ocop/infra/test-services")
  const mailCatcher = await startMailCatcher(mailDir)
  const env = {
    ...process.env,
    NODE_ENV: "production",
    // Tests pay into the labelled sample account; production must name the real one.
    OCOP_VIETQR_SAMPLE_ACCOUNT: "true",
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwt,
    COOKIE_SECRET: secrets.cookie,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    // The shared server is one process on in-memory modules; the Redis configuration has its own boot test.
    REDIS_URL: "",
    OCOP_SINGLE_PROCESS: "true",
    SMTP_URL: mailCatcher.url,
    // Seeded as production is (no demo logins: seed.test.ts proves both ways); uploads out of the tree.
    OCOP_DEMO_LOGINS: "",
    OCOP_UPLOAD_DIR: uploadDir,
  }

  let child: import("node:child_process").ChildProcess | undefined
  const teardown = async () => {
    await stopChild(child)
    await dropDatabase(server.url, dbName).catch(() => undefined)
    await server.stop()
    await mailCatcher.stop()
    fs.rmSync(uploadDir, { recursive: true, force: true })
    fs.rmSync(mailDir, { recursive: true, force: true })
  }
  try {
    await runMedusa(["db:migrate"], { env, cwd: backendDir, quiet: true })
    if (fs.existsSync(path.join(backendDir, "src/scripts/seed.ts"))) {
      await runMedusa(["exec", "./src/scripts/seed.ts"], { env, cwd: backendDir, quiet: true })
    }
    const logFile = fs.openSync(path.join(backendDir, ".medusa-test-server.log"), "w")
    child = spawnMedusa(["start"], { env, cwd: backendDir, stdio: ["ignore", logFile, logFile] })
    await waitForHealth(`http://localhost:${port}`, { child, timeoutMs: 120_000 })
  } catch (error) {
    await teardown()
    throw error
  }

  project.provide("backendUrl", `http://localhost:${port}`)
  project.provide("databaseUrl", databaseUrl)
  project.provide("databaseServerUrl", server.url)
  project.provide("uploadDir", uploadDir)
  project.provide("testSecrets", secrets)
  project.provide("smtpUrl", mailCatcher.url)
  project.provide("mailDir", mailDir)
  return teardown
}
