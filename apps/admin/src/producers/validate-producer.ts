import { producerInputSchema } from "@ocop/domain"
import { useMemo } from "react"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"

/** Form validation for producers, with the backend's own schema, messages in the UI language. */
export function useProducerValidator() {
  const locale = useDomainLocale()
  return useMemo(() => zodFormValidator(producerInputSchema, locale), [locale])
}
