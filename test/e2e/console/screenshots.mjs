#!/usr/bin/env node
// Screenshots of the console's main screens (1280×800) for the README, into docs/screenshots/console-*.png.
// Needs a running e2e stack with its console: start one with
//   OCOP_STACK_PORTS=9510,3510,3511 OCOP_STACK_STATE_FILE=/tmp/stack.json node e2e/support/stack.mjs
// then, from test/:  OCOP_STACK_STATE_FILE=/tmp/stack.json node e2e/console/screenshots.mjs
// It adds one inspection to a demo certificate (throwaway database), so it never runs against dev data.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "@playwright/test"

const here = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.resolve(here, "../../../docs/screenshots")
const stateFile = process.env.OCOP_STACK_STATE_FILE ?? path.resolve(here, "../../../.ocop/e2e-stack.json")
const { urls } = JSON.parse(fs.readFileSync(stateFile, "utf8"))
const email = "office@ocop-laocai.vn"
const password = "ocop-demo-2021"

async function api(method, pathAndQuery, token, body) {
  const res = await fetch(`${urls.backend}${pathAndQuery}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${method} ${pathAndQuery}: ${res.status} ${await res.text()}`)
  return res.json()
}

const { token } = await api("POST", "/auth/user/emailpass", undefined, { email, password })
const { certifications } = await api("GET", "/admin/certifications?status=valid&star_level=4&limit=1", token)
const certificate = certifications[0]
if (!certificate) throw new Error("no valid 4★ demo certificate")
const today = new Date().toISOString().slice(0, 10)
await api("POST", `/admin/certifications/${certificate.id}/inspections`, token, {
  inspected_at: today,
  inspector: "Đoàn kiểm tra Chi cục PTNT Lào Cai",
  result: "passed",
  notes: "Bao bì, nhãn và truy xuất nguồn gốc đúng hồ sơ công nhận.",
})

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] })
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })
  const page = await context.newPage()
  const shot = async (name) => {
    await page.waitForLoadState("networkidle")
    await page.waitForTimeout(400) // MUI transitions
    const file = path.join(outDir, `console-${name}.png`)
    await page.screenshot({ path: file })
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
  }

  await page.goto(`${urls.console}/#/login`)
  await page.getByLabel(/email/i).fill(email)
  await shot("login")
  await page.getByRole("textbox", { name: /mật khẩu/i }).fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.getByRole("banner").getByRole("button", { name: /tài khoản/i }).waitFor()
  await shot("dashboard")

  await page.goto(`${urls.console}/#/producers`)
  await page.locator("tbody tr").first().waitFor()
  await shot("producers")

  await page.goto(`${urls.console}/#/certifications/${certificate.id}/show`)
  await page.getByText("Đoàn kiểm tra Chi cục PTNT Lào Cai").waitFor()
  // The inspections sit below the certificate's fields: scroll so both show.
  await page.getByText("Đoàn kiểm tra Chi cục PTNT Lào Cai").scrollIntoViewIfNeeded()
  await shot("certificate")

  await page.goto(`${urls.console}/#/products`)
  await page.locator("tbody tr").first().waitFor()
  await shot("products")

  await page.goto(`${urls.console}/#/producers`)
  await page.getByRole("button", { name: "Nhập từ tệp" }).click()
  const csv = [
    "handle,name,kind,registration_number,district,commune,address,representative,phone",
    "htx-che-y-ty,HTX Chè Shan tuyết Y Tý,cooperative,5300111222,bat-xat,Xã Y Tý,Thôn Lao Chải,Sần Chản Xuân,0912000111",
    "thu-tho-cam-ta-phin,Tổ hợp tác Thêu thổ cẩm Tả Phìn,cooperative_group,5300111333,sa-pa,Xã Tả Phìn,Thôn Tả Phìn,Tẩn Mẩy Lở,024 3826 1234",
    "ho-mien-coc-ly,Hộ sản xuất Miến dong Cốc Ly,household,5300111444,bac-ha,Xã Cốc Ly,Thôn Cốc Ly Thượng,Hoàng Văn Sáu,0356000333",
  ].join("\n")
  await page.getByLabel("Tệp cần nhập").setInputFiles({ name: "chu-the.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
  await page.getByRole("dialog").getByRole("alert").waitFor()
  await shot("import-preview")
  await context.close()
} finally {
  await browser.close()
}
