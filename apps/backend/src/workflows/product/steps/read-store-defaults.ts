import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeDefaults } from "../../product-review/store-defaults"

export const readStoreDefaultsStepId = "read-store-defaults"

/** The online shop's sales channel and default shipping profile, which a new product joins. Writes nothing. */
export const readStoreDefaultsStep = createStep(readStoreDefaultsStepId, async (_: void, { container }) => {
  return new StepResponse(await storeDefaults(container))
})
