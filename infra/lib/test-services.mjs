// Stand-ins for the services a production deployment reaches over the network, started by tests on
// loopback: a real SMTP server that keeps every mail, and an S3-compatible store (s3rver).
import fs from "node:fs"
import path from "node:path"

/**
 * A real SMTP server on a free loopback port that accepts every message (no TLS, no login) and
 * writes each as `<n>.json` ({to, from, subject, text, html}) in `dir`, so that test files in other
 * processes can read what a mailbox would show.
 */
export async function startMailCatcher(dir) {
  const { SMTPServer } = await import("smtp-server")
  const { simpleParser } = await import("mailparser")
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          }
          const file = path.join(dir, `${String(++count).padStart(5, "0")}.json`)
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail))
          fs.renameSync(`${file}.tmp`, file)
          callback()
        })
        .catch((error) => callback(error))
    },
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const address = server.server.address()
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Every mail caught so far in `dir`, oldest first. */
export function caughtMails(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")))
}

/** Waits for a mail that `match` accepts (mail is sent after the response that caused it). */
export async function mailArriving(dir, match, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = caughtMails(dir).find(match)
    if (found) return found
    if (Date.now() > deadline) throw new Error("no such mail arrived")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * An S3-compatible store (s3rver) on a free loopback port with files in `dir` and one bucket; its
 * only credentials are S3RVER / S3RVER. Returns the S3_* variables that point the backend at it.
 */
export async function startS3(dir, bucket = "ocop-files") {
  const { default: S3rver } = await import("s3rver")
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    env: {
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FILE_URL: `${endpoint}/${bucket}`,
      S3_FORCE_PATH_STYLE: "true",
    },
    stop: () => server.close(),
  }
}
