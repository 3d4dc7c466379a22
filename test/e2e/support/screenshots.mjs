#!/usr/bin/env node
// Screenshots of the storefront with the demo data for the README: home, catalogue and a product
// page at phone (390×844) and desktop (1280×800) widths, into docs/screenshots/. Starts its own
// stack like the benchmark (BENCH_REUSE_STACK=<state file> reuses one).
//   node e2e/support/screenshots.mjs
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "@playwright/test"
import { startStack } from "./run-stack.mjs"

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/screenshots")
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }

const stack = await startStack()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
})
try {
  const res = await fetch(`${stack.urls.backend}/store/catalogue?stars=4&sort=stars&limit=1`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
  })
  const handle = (await res.json()).products?.[0]?.handle
  if (!handle) throw new Error("no 4★ product to photograph")
  const pages = { home: "/", catalogue: "/products", product: `/products/${handle}` }

  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "vi-VN" })
    const page = await context.newPage()
    for (const [pageName, pathname] of Object.entries(pages)) {
      await page.goto(`${stack.urls.storefront}${pathname}`, { waitUntil: "networkidle" })
      const file = path.join(outDir, `storefront-${pageName}-${sizeName}.png`)
      await page.screenshot({ path: file })
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await stack.stop()
}
