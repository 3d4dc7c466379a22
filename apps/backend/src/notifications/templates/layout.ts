/** What a template renders: one subject, a plain-text body and the same body in HTML. */
export type EmailMessage = { subject: string; text: string; html: string }

/** A paragraph of the message: plain words, or a call to action with its link. */
export type EmailBlock = string | { link: string; label: string } | { lines: string[] }

/** Escapes text for HTML: every value in a message comes from data, never trusted as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

const SIGNATURE = "OCOP Lào Cai — Mỗi xã một sản phẩm"
const FOOTER = "Thư này được gửi tự động, xin đừng trả lời."

/** Lays blocks out as a text and an HTML message with the shop's signature. */
export function layout(subject: string, blocks: EmailBlock[]): EmailMessage {
  const text = [
    ...blocks.map((b) =>
      typeof b === "string" ? b : "link" in b ? `${b.label}:\n${b.link}` : b.lines.map((l) => `  • ${l}`).join("\n"),
    ),
    `—\n${SIGNATURE}\n${FOOTER}`,
  ].join("\n\n")
  const body = blocks
    .map((b) => {
      if (typeof b === "string") return `<p>${escapeHtml(b)}</p>`
      if ("link" in b) return `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`
      return `<ul>${b.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`
    })
    .join("\n")
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
${body}
<p style="color:#666">— ${escapeHtml(SIGNATURE)}<br>${escapeHtml(FOOTER)}</p>
</body></html>`
  return { subject, text, html }
}
