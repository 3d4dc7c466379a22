import fs from "node:fs"
import path from "node:path"
import { inject } from "vitest"

/** A mail as the run's SMTP server caught it (infra/lib/test-services.mjs). */
export type CaughtMail = { to: string[]; from: string; subject: string; text: string; html: string }

/** The links a template carries, as found in the mail's text. */
const LINKS: Record<string, RegExp> = {
  "staff-invite": /https?:\/\/\S+#\/staff-invite\?\S+/,
  "producer-invite": /https?:\/\/\S+#\/accept-invite\?\S+/,
}

/** Every mail the test server sent through SMTP so far, oldest first. */
export function mailbox(): CaughtMail[] {
  const dir = inject("mailDir")
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CaughtMail)
}

/**
 * The newest mail of `template` to `to` that carries its link, with the link as `data.invite_url`;
 * undefined when none arrived. Invites are sent inside the inviting request, so no waiting is needed.
 */
export function lastMailTo(to: string, template: string): (CaughtMail & { data: { invite_url: string } }) | undefined {
  const pattern = LINKS[template]
  if (!pattern) throw new Error(`no link pattern for ${template}`)
  const found = mailbox()
    .filter((m) => m.to.includes(to.toLowerCase()) && pattern.test(m.text))
    .at(-1)
  return found ? { ...found, data: { invite_url: found.text.match(pattern)![0] } } : undefined
}
