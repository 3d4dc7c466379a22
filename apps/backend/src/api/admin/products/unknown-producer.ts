import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { UNKNOWN_PRODUCER } from "../../../workflows/product/steps/check-producer"
import { requestLocale, sendInvalid } from "../../utils/http"

const MESSAGE = { vi: "Không tìm thấy chủ thể này", en: "No such producer" } as const

/**
 * Waits for a workflow that gives a product its producer; when it refused the producer (code
 * `unknown_producer`), answers 400 on the producer field and returns null. Other errors go on.
 */
export async function unlessUnknownProducer<T>(req: MedusaRequest, res: MedusaResponse, run: Promise<T>) {
  try {
    return await run
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== UNKNOWN_PRODUCER) throw error
    const locale = requestLocale(req)
    sendInvalid(res, { producer_id: MESSAGE[locale] }, locale)
    return null
  }
}
