import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_PROVIDER_IDS, type CounterPaymentMethod } from "@ocop/domain"

export const takeCounterPaymentsStepId = "take-counter-payments"

/**
 * Medusa payment providers behind the counter's methods. Cash and card on an external terminal are
 * settled at the counter (the system provider); VietQR is our bank-transfer provider, captured here
 * because the clerk has seen the transfer arrive before confirming the sale.
 */
export const COUNTER_PROVIDERS: Record<CounterPaymentMethod, string> = {
  cash: PAYMENT_PROVIDER_IDS.cod,
  card: PAYMENT_PROVIDER_IDS.cod,
  vietqr: PAYMENT_PROVIDER_IDS.vietqr,
}

export type TakeCounterPaymentsInput = {
  payment_collection_id: string
  captured_by: string
  payments: { method: CounterPaymentMethod; amount: number; reference: string | null }[]
}

/**
 * One Medusa payment per method of the sale (a split sale has several in one collection), each
 * authorised and captured at once. The compensation refunds what was captured and cancels the rest.
 */
export const takeCounterPaymentsStep = createStep(
  takeCounterPaymentsStepId,
  async (input: TakeCounterPaymentsInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const taken: { payment_id: string; method: CounterPaymentMethod; amount: number }[] = []
    for (const p of input.payments.filter((p) => p.amount > 0)) {
      const session = await payment.createPaymentSession(input.payment_collection_id, {
        provider_id: COUNTER_PROVIDERS[p.method],
        currency_code: "vnd",
        amount: p.amount,
        data: { counter_method: p.method, reference: p.reference },
      })
      const authorised = await payment.authorizePaymentSession(session.id, {})
      if (!authorised) throw new Error(`payment session ${session.id} was not authorised`)
      await payment.capturePayment({ payment_id: authorised.id, amount: p.amount, captured_by: input.captured_by })
      taken.push({ payment_id: authorised.id, method: p.method, amount: p.amount })
    }
    return new StepResponse(taken, taken)
  },
  async (taken, { container }) => {
    if (!taken?.length) return
    const payment = container.resolve(Modules.PAYMENT)
    for (const t of taken) {
      await payment.refundPayment({ payment_id: t.payment_id, amount: t.amount, note: "Huỷ giao dịch tại quầy" })
    }
  },
)
