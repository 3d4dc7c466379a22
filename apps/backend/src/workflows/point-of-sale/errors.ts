import { MedusaError } from "@medusajs/framework/utils"
import { posRefusalMessage, type DomainLocale, type PosRefusal } from "@ocop/domain"

const NOT_FOUND: readonly PosRefusal[] = [
  "place_not_found",
  "session_not_found",
  "register_not_found",
  "sale_not_found",
  "transfer_not_found",
]

/**
 * A refusal at a place of sale as Medusa's error: 404 for what does not exist, otherwise 400
 * `not_allowed`, with the code in `code` so clients never read the message to know what happened.
 */
export function posError(code: PosRefusal, locale: DomainLocale): MedusaError {
  const type = NOT_FOUND.includes(code) ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED
  return new MedusaError(type, posRefusalMessage(code, locale), code)
}
