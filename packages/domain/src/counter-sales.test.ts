import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  changeDue,
  counterSaleInputSchema,
  discountNeedsApproval,
  paymentProblem,
  refundByMethod,
  saleTotals,
  shareOut,
  vatInside,
} from "./counter-sales"

describe("counter sale arithmetic", () => {
  it("shares an amount in whole đồng that always adds up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1 }),
        (a, w) => {
          const s = shareOut(a, w)
          expect(s.reduce((x, y) => x + y, 0)).toBe(a)
          expect(s.every((x) => Number.isInteger(x) && x >= 0)).toBe(true)
        },
      ),
    )
  })

  it("applies line then sale discounts and finds the VAT inside consumer prices", () => {
    const t = saleTotals(
      [
        { unit_price: 150_000, quantity: 2, discount: 10_000, vat_rate: 10 },
        { unit_price: 90_000, quantity: 1, discount: 0, vat_rate: 5 },
      ],
      20_000,
    )
    expect(t.subtotal).toBe(390_000)
    expect(t.total).toBe(360_000)
    expect(t.discount_total).toBe(30_000)
    expect(t.lines.map((l) => l.sale_discount)).toEqual([15_263, 4_737])
    expect(t.lines[0]!.vat).toBe(vatInside(274_737, 10))
    expect(vatInside(110_000, 10)).toBe(10_000)
    expect(t.vat_total).toBe(t.lines[0]!.vat + t.lines[1]!.vat)
    expect(t.discount_percent).toBeCloseTo((30_000 * 100) / 390_000)
    expect(() => saleTotals([{ unit_price: 1000, quantity: 1, discount: 1001, vat_rate: 0 }], 0)).toThrow(RangeError)
  })

  it("asks for a manager above the limit only", () => {
    expect(discountNeedsApproval(10, 10)).toBe(false)
    expect(discountNeedsApproval(10.01, 10)).toBe(true)
  })

  it("checks payments: total, change, card reference, offline cash", () => {
    const cash = { method: "cash" as const, amount: 120_000, tendered: 200_000 }
    expect(paymentProblem([cash], 120_000, false)).toBeNull()
    expect(changeDue(cash)).toBe(80_000)
    expect(paymentProblem([cash], 130_000, false)).toBe("payments_do_not_match_total")
    expect(paymentProblem([{ ...cash, tendered: 100_000 }], 120_000, false)).toBe("cash_tendered_too_low")
    expect(paymentProblem([{ method: "card", amount: 120_000 }], 120_000, false)).toBe("card_reference_required")
    expect(paymentProblem([{ method: "vietqr", amount: 120_000 }], 120_000, true)).toBe("offline_cash_only")
    expect(
      paymentProblem(
        [
          { method: "cash", amount: 20_000 },
          { method: "vietqr", amount: 100_000 },
        ],
        120_000,
        false,
      ),
    ).toBeNull()
  })

  it("refunds by the original methods in proportion", () => {
    expect(
      refundByMethod(
        [
          { method: "cash", amount: 100_000 },
          { method: "card", amount: 50_000 },
        ],
        60_000,
      ),
    ).toEqual([
      { method: "cash", amount: 40_000 },
      { method: "card", amount: 20_000 },
    ])
  })

  it("validates the counter screen's input", () => {
    const ok = counterSaleInputSchema.safeParse({
      idempotency_key: "sale-0001-abcd",
      register_session_id: "rses_1",
      lines: [{ variant_id: "variant_1", quantity: "2" }],
      payments: [{ method: "cash", amount: 300000, tendered: 500000 }],
    })
    expect(ok.success).toBe(true)
    const bad = counterSaleInputSchema.safeParse({
      idempotency_key: "x",
      register_session_id: "rses_1",
      lines: [],
      payments: [{ method: "cheque", amount: 1 }],
    })
    expect(bad.success).toBe(false)
  })
})
