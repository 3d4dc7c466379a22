import fs from "node:fs"
import path from "node:path"
import { inject } from "vitest"

export type Mail = { id: string; to: string; template: string; data: Record<string, unknown>; sent_at: string }

/** Every message the test server delivered (its mail provider writes one JSON file a message). */
export function mailbox(): Mail[] {
  const dir = inject("mailboxDir")
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Mail)
}

/** The newest message of `template` to `to`, or undefined. */
export function lastMailTo(to: string, template: string): Mail | undefined {
  return mailbox()
    .filter((m) => m.to === to && m.template === template)
    .at(-1)
}
