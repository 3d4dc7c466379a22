/**
 * Issue 14, dropped connection: the Sa Pa counter keeps selling for cash while the backend cannot be
 * reached, keeps the sale on the tablet and sends it once when the connection returns.
 */
import { expect, test } from "@playwright/test"
import { foldVietnamese } from "@ocop/domain"
import { adminGet, consoleUrl, signIn, staffToken } from "../console/console-steps"
import { E2E_URLS } from "../support/ports.mjs"
import { addByName, CLERK, openPayment, openRegister, TABLET } from "./counter-steps"

test.use(TABLET)

type Shelf = {
  stock: { product_handle: string; product_title: string; price: number | null; stocked: number; available: number }[]
}
type Sales = { counter_sales: { id: string; offline_at: string | null; order_id: string; total: number }[] }

test("cash sales made offline are kept on the tablet, even through a reload, and recorded once when the backend is back", async ({
  page,
  request,
}) => {
  const token = await staffToken(request, CLERK)
  const places = await adminGet<{ points_of_sale: { id: string; code: string }[] }>(
    request,
    token,
    "/admin/points-of-sale",
  )
  const sapa = places.body.points_of_sale.find((p) => p.code === "sa-pa")!
  const stock = async () => (await adminGet<Shelf>(request, token, `/admin/points-of-sale/${sapa.id}/stock`)).body.stock
  // The product Sa Pa has most of (earlier journeys sell from the same shelf), typed without marks.
  const product = (await stock()).filter((s) => s.price !== null).sort((a, b) => b.available - a.available)[0]!
  expect(product.available).toBeGreaterThanOrEqual(2)
  const search = foldVietnamese(product.product_title)
  // Units of the product on the shelf, whichever of its variants the search adds.
  const shelf = async () =>
    (await stock()).filter((s) => s.product_handle === product.product_handle).reduce((sum, s) => sum + s.stocked, 0)
  const before = await shelf()

  await signIn(page, CLERK)
  await page.goto(consoleUrl("#/counter"))
  await openRegister(page)
  await expect(page.getByTestId("connection")).toHaveText("Đã kết nối")
  const sessions = await adminGet<{ register_sessions: { id: string }[] }>(
    request,
    token,
    `/admin/register-sessions?point_of_sale_id=${sapa.id}&status=open`,
  )
  const sessionId = sessions.body.register_sessions[0]!.id
  const salesOf = async () =>
    (await adminGet<Sales>(request, token, `/admin/counter-sales?register_session_id=${sessionId}&limit=200`)).body
      .counter_sales
  const known = new Set((await salesOf()).map((s) => s.id))

  const sellOne = async () => {
    await addByName(page, search)
    await expect(page.getByTestId("cart-line")).toHaveCount(1)
    await openPayment(page)
    await page.getByTestId("cash-tendered").fill("1000000")
    await page.getByRole("button", { name: "Hoàn tất bán hàng" }).click()
    await expect(page.getByTestId("receipt")).toContainText("HOÁ ĐƠN TẠM")
    await expect(page.getByText("Hoá đơn tạm (chưa gửi máy chủ)")).toBeVisible()
    await page.getByRole("button", { name: "Bán tiếp" }).click()
  }

  // The connection drops: the sale is still made, for cash, on a temporary receipt.
  await page.context().setOffline(true)
  await sellOne()
  await expect(page.getByTestId("connection")).toHaveText("Mất kết nối – chỉ bán tiền mặt")
  await expect(page.getByTestId("pending-sales")).toHaveText("1 hoá đơn chờ gửi")
  expect((await salesOf()).filter((s) => !known.has(s.id))).toHaveLength(0)

  // The tablet is back on the network but the backend still cannot be reached: the screen is reloaded
  // and the sale is still on the device (IndexedDB), waiting.
  const backend = `${E2E_URLS.backend}/**`
  await page.context().route(backend, (route) => route.abort("connectionrefused"))
  await page.context().setOffline(false)
  await page.reload()
  await expect(page.getByTestId("pending-sales")).toHaveText("1 hoá đơn chờ gửi")
  // It still sells for cash, from the shelf it read last.
  await sellOne()
  await expect(page.getByTestId("pending-sales")).toHaveText("2 hoá đơn chờ gửi")
  expect((await salesOf()).filter((s) => !known.has(s.id))).toHaveLength(0)

  // The backend answers again: the clerk sends the waiting sales; each is recorded once.
  await page.context().unroute(backend)
  await page.getByRole("button", { name: "Gửi ngay" }).click()
  await expect(page.getByTestId("pending-sales")).toHaveCount(0)
  await expect(page.getByTestId("connection")).toHaveText("Đã kết nối")
  // Polled: a reused keep-alive connection of the test's own API client may be reset and retried.
  await expect
    .poll(async () =>
      (await salesOf()).filter((s) => !known.has(s.id)).map((s) => (s.offline_at ? "offline" : "online")),
    )
    .toEqual(["offline", "offline"])
  await expect.poll(shelf).toBe(before - 2)
})
