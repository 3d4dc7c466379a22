import { describe, expect, it } from "vitest"
import { formatMoney } from "@ocop/domain"
import { renderEmail } from "./index"

describe("e-mail templates", () => {
  it("confirm an order in Vietnamese with đồng amounts", () => {
    const mail = renderEmail("order-placed", {
      order_number: 12,
      currency_code: "vnd",
      total: 285_000,
      items: [{ title: "Nấm hương Sa Pa", quantity: 2, total: 270_000 }],
      delivery: "Giao tận nhà",
    })
    expect(mail.subject).toBe("OCOP Lào Cai: đã nhận đơn hàng #12")
    expect(mail.text).toContain(`Nấm hương Sa Pa × 2: ${formatMoney(270_000, "vnd", "vi")}`)
    expect(mail.text).toContain(`Tổng cộng: ${formatMoney(285_000, "vnd", "vi")}`)
    expect(formatMoney(285_000, "vnd", "vi")).toMatch(/^285\.000\s₫$/)
    expect(mail.html).toContain('<html lang="vi">')
  })

  it("escape whatever the data holds in HTML, links included", () => {
    const mail = renderEmail("producer-invite", {
      producer_name: "HTX <b>Chè</b> & Co",
      invite_url: "https://console.example.vn/#/accept-invite?token=a&x=<script>",
    })
    expect(mail.html).not.toContain("<b>")
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).toContain("HTX &lt;b&gt;Chè&lt;/b&gt; &amp; Co")
    expect(mail.text).toContain("https://console.example.vn/#/accept-invite?token=a&x=<script>")
  })

  it("name the staff role in Vietnamese and the last day of an invite", () => {
    const mail = renderEmail("staff-invite", {
      role: "ocop_office",
      invite_url: "https://console.example.vn/#/staff-invite?token=t",
      expires_at: "2027-01-01T16:59:00Z",
    })
    expect(mail.text).toContain("Chi cục Phát triển nông thôn (Văn phòng OCOP)")
    expect(mail.text).toContain("hết ngày 01/01/2027")
  })

  it("refuse an unknown template or data that does not fit, rather than send half a message", () => {
    expect(() => renderEmail("newsletter", {})).toThrow(/No e-mail template "newsletter"/)
    expect(() => renderEmail("password-reset", { reset_url: "not a url" })).toThrow(/reset_url/)
    expect(() => renderEmail("staff-invite", { role: "owner", invite_url: "https://x.vn" })).toThrow(/role/)
  })
})
