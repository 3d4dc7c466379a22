#!/usr/bin/env node
// Screenshots of the console's screens (1280×800) for the README, into docs/screenshots/console-*.png:
// the OCOP office's register, certificates, products and review queue, trade promotion's orders, and
// a producer's own console. Needs a running e2e stack with its console: start one with
//   OCOP_STACK_PORTS=9510,3510,3511 OCOP_STACK_STATE_FILE=/tmp/stack.json node e2e/support/stack.mjs
// then, from test/:  OCOP_STACK_STATE_FILE=/tmp/stack.json node e2e/console/screenshots.mjs
// It adds an inspection, showroom stock, three orders and a pending price change (screenshot-data.mjs)
// to the stack's throwaway database, so it never runs against dev data. OCOP_SHOTS=dashboard,dashboard-trade
// writes only the named pictures (the screens are still walked through), leaving the others as they are.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "@playwright/test"
import {
  ACTORS,
  DEMO_PASSWORD,
  PRICE_CHANGE,
  backend,
  inspectCertificate,
  pendingReviewOf,
  placeDayOrders,
  productIdByHandle,
  signInToken,
  stockPointsOfSale,
  submitPriceChange,
} from "./screenshot-data.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.resolve(here, "../../../docs/screenshots")
const stateFile = process.env.OCOP_STACK_STATE_FILE ?? path.resolve(here, "../../../.ocop/e2e-stack.json")
const stack = JSON.parse(fs.readFileSync(stateFile, "utf8"))
const consoleUrl = (hashPath) => `${stack.urls.console}/${hashPath}`
const only = process.env.OCOP_SHOTS ? new Set(process.env.OCOP_SHOTS.split(",")) : null

const INSPECTOR = "Đoàn kiểm tra Chi cục PTNT Lào Cai"
/**
 * The product whose edit page is shown: two packagings priced in đồng and dollars (so the variants and
 * the stock table fit in one screen), one unit held for the day's parcel, stocked at two showrooms.
 */
const EDITED_PRODUCT = { handle: "quyt-ngot-bao-thang", showrooms: { "bac-ha": [12, 6], "lao-cai-city": [8, 4] } }

/** Resolves once no finite animation or transition (MUI's fades, the app bar sliding) is running. */
function settled(page) {
  return page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  )
}

/** Writes the page as it stands, once its requests and MUI's transitions have settled; `fullPage` for a tall home page. */
async function shot(page, name, { fullPage = false } = {}) {
  // The pointer rests in the menu's empty corner, so no row or field shows its hover state.
  if (only && !only.has(name)) return
  await page.mouse.move(1, 799)
  await page.waitForLoadState("networkidle")
  await settled(page)
  const file = path.join(outDir, `console-${name}.png`)
  await page.screenshot({ path: file, fullPage })
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
}

/** A fresh browser session (its own sign-in) in Vietnamese, on Vietnam's clock. */
async function newSession(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  })
  return { context, page: await context.newPage() }
}

/** Signs in on the console's login page; `beforeSubmit` may photograph the filled form. */
async function signIn(page, email, beforeSubmit = async () => {}) {
  await page.goto(consoleUrl("#/login"))
  await page.getByLabel(/email/i).fill(email)
  await beforeSubmit()
  await page.getByRole("textbox", { name: /mật khẩu/i }).fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page
    .getByRole("banner")
    .getByRole("button", { name: /tài khoản/i })
    .waitFor()
}

/** Opens a list page and waits for its first row. */
async function openList(page, hashPath) {
  await page.goto(consoleUrl(hashPath))
  await page.locator("tbody tr").first().waitFor()
}

/** The OCOP office: sign-in, dashboard, register, certificate, products, import preview. */
async function officeRegisterScreens(page, certificate) {
  await signIn(page, ACTORS.office, () => shot(page, "login"))
  // The office's home: the register's work, then the year's sample sales by channel (issue 16).
  await page.getByRole("region", { name: "Doanh số" }).getByRole("img").first().waitFor()
  await shot(page, "dashboard", { fullPage: true })
  if (only && !only.has("producers")) return

  await openList(page, "#/producers")
  await shot(page, "producers")

  await page.goto(consoleUrl(`#/certifications/${certificate.id}/show`))
  // The inspections sit below the certificate's fields: scroll so both show.
  await page.getByText(INSPECTOR).scrollIntoViewIfNeeded()
  await shot(page, "certificate")

  await openList(page, "#/products")
  await shot(page, "products")

  await page.goto(consoleUrl("#/producers"))
  await page.getByRole("button", { name: "Nhập từ tệp" }).click()
  const csv = [
    "handle,name,kind,registration_number,district,commune,address,representative,phone",
    "htx-che-y-ty,HTX Chè Shan tuyết Y Tý,cooperative,5300111222,bat-xat,Xã Y Tý,Thôn Lao Chải,Sần Chản Xuân,0912000111",
    "thu-tho-cam-ta-phin,Tổ hợp tác Thêu thổ cẩm Tả Phìn,cooperative_group,5300111333,sa-pa,Xã Tả Phìn,Thôn Tả Phìn,Tẩn Mẩy Lở,024 3826 1234",
    "ho-mien-coc-ly,Hộ sản xuất Miến dong Cốc Ly,household,5300111444,bac-ha,Xã Cốc Ly,Thôn Cốc Ly Thượng,Hoàng Văn Sáu,0356000333",
  ].join("\n")
  await page
    .getByLabel("Tệp cần nhập")
    .setInputFiles({ name: "chu-the.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
  await page.getByRole("dialog").getByRole("alert").waitFor()
  await shot(page, "import-preview")
  await page.keyboard.press("Escape")
}

/** The OCOP office: a product's variants (VND and USD) and stock per place; the review queue and one review. */
async function officeProductScreens(page, productId, review) {
  await page.goto(consoleUrl(`#/products/${productId}`))
  await page.getByText("Tồn kho theo nơi").waitFor()
  await page.getByRole("textbox", { name: "Giá (USD)" }).first().waitFor()
  // From the variants down to the stock table. The app bar hides when the page scrolls down and comes
  // back when it scrolls up: a step back up keeps the product's name in view above the variants.
  await page
    .getByText("Quy cách và giá")
    .first()
    .evaluate((label) => label.scrollIntoView({ block: "start" }))
  await settled(page)
  await page.evaluate(() => window.scrollBy(0, -56))
  await page.waitForFunction(() => document.querySelector("header")?.getBoundingClientRect().top === 0)
  await shot(page, "product-edit")

  await openList(page, "#/product-reviews")
  await page.getByRole("row").filter({ hasText: review.product_title }).waitFor()
  await shot(page, "reviews")

  await page.goto(consoleUrl(`#/product-reviews/${review.id}/show`))
  await page.getByRole("button", { name: "Duyệt", exact: true }).waitFor()
  await page
    .getByRole("cell", { name: /185\.000/ })
    .first()
    .waitFor()
  await shot(page, "review")
}

/** Trade promotion: its home, the day's orders, and a VietQR order waiting for its transfer, with its actions. */
async function orderScreens(page, transferOrder) {
  await signIn(page, ACTORS.promotion)
  await page.getByRole("region", { name: "Việc cần làm" }).waitFor()
  await page.getByRole("region", { name: "Doanh số" }).getByRole("img").first().waitFor()
  await shot(page, "dashboard-trade", { fullPage: true })
  if (only && !only.has("orders")) return
  await openList(page, "#/orders")
  await page.getByRole("row").filter({ hasText: "Nguyễn Thị Mai" }).waitFor()
  await shot(page, "orders")

  await page.goto(consoleUrl(`#/orders/${transferOrder.id}/show`))
  await page.getByRole("button", { name: "Xác nhận đã chuyển khoản" }).waitFor()
  await shot(page, "order")
}

/** The demo producer's own console: its dashboard and its products, one with a change in review. */
async function producerScreens(page) {
  await signIn(page, ACTORS.producer)
  await page.getByRole("region", { name: "Doanh thu tháng này" }).waitFor()
  await page.getByRole("img", { name: "Doanh thu 12 tháng gần đây" }).waitFor()
  await shot(page, "producer-dashboard", { fullPage: true })

  await openList(page, "#/producer-products")
  await page.getByRole("row").filter({ hasText: "Cam sành Bảo Thắng" }).getByText("Chờ duyệt").waitFor()
  await shot(page, "producer-products")
}

const call = backend(stack)
const officeToken = await signInToken(call, "user", ACTORS.office)
const certificate = await inspectCertificate(call, officeToken, INSPECTOR)
const editedProductId = await productIdByHandle(call, officeToken, EDITED_PRODUCT.handle)
// Only the product page shows the showrooms' stock (and a seed that already stocks them refuses a second level).
if (!only || only.has("product-edit"))
  await stockPointsOfSale(call, officeToken, editedProductId, EDITED_PRODUCT.showrooms)
const transferOrder = await placeDayOrders(call)
const producerToken = await signInToken(call, "producer", ACTORS.producer)
const changed = await submitPriceChange(call, producerToken)
const review = await pendingReviewOf(call, officeToken, changed.id)
if (!review.changes?.variants?.some((v) => v.price_vnd === PRICE_CHANGE.priceVnd))
  throw new Error("the pending review lacks the new price")

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
})
try {
  const scenes = [
    async (page) => {
      await officeRegisterScreens(page, certificate)
      if (!only || only.has("product-edit")) await officeProductScreens(page, editedProductId, review)
    },
    (page) => orderScreens(page, transferOrder),
    (page) => producerScreens(page),
  ]
  for (const scene of scenes) {
    const { context, page } = await newSession(browser)
    await scene(page)
    await context.close()
  }
} finally {
  await browser.close()
}
