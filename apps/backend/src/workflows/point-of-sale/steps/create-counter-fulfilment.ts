import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createCounterFulfilmentStepId = "create-counter-fulfilment"

/** Medusa's manual provider: goods handed over by people, no carrier. */
export const MANUAL_FULFILMENT_PROVIDER = "manual_manual"
/** Shipping option type of counter sales; never offered to the online shop. */
export const COUNTER_OPTION_CODE = "counter"

export type CounterFulfilmentInput = { location_id: string; name: string }

type Created = { location_id: string; fulfillment_set_id: string; shipping_option_id: string; linked_provider: boolean }

/**
 * What Medusa needs to hand a counter sale over at the place: the manual provider at the location, a
 * fulfillment set with a Vietnam zone and a "Mua tại quầy" shipping option (disabled in the store, and
 * the location is in no online channel anyway). A counter sale's fulfilment then takes the units off
 * this location exactly as an online order's does at the warehouse.
 */
export const createCounterFulfilmentStep = createStep(
  createCounterFulfilmentStepId,
  async (input: CounterFulfilmentInput, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_providers.id"],
      filters: { id: input.location_id },
    })
    const providers = ((data[0] as any)?.fulfillment_providers ?? []) as ({ id: string } | null)[]
    const linkedProvider = !providers.some((p) => p?.id === MANUAL_FULFILMENT_PROVIDER)
    if (linkedProvider) {
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILMENT_PROVIDER },
      })
    }
    // Medusa wants fulfillment set and service zone names unique, while places and events may share a
    // name (next year's fair is called the same): the location's id makes them unique.
    const set = await fulfillment.createFulfillmentSets({
      name: `Bán tại quầy ${input.name} (${input.location_id})`,
      type: "pickup",
      service_zones: [
        { name: `Quầy ${input.name} (${input.location_id})`, geo_zones: [{ country_code: "vn", type: "country" }] },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
    const zone = set.service_zones[0]!
    const option = await fulfillment.createShippingOptions({
      name: `Mua tại quầy ${input.name}`,
      price_type: "flat",
      service_zone_id: zone.id,
      shipping_profile_id: profile!.id,
      provider_id: MANUAL_FULFILMENT_PROVIDER,
      type: { label: "Mua tại quầy", description: input.name, code: COUNTER_OPTION_CODE },
      rules: [{ attribute: "enabled_in_store", operator: "eq", value: "false" }],
      data: { counter: true },
    })
    return new StepResponse<Created, Created>(
      {
        location_id: input.location_id,
        fulfillment_set_id: set.id,
        shipping_option_id: option.id,
        linked_provider: linkedProvider,
      },
      {
        location_id: input.location_id,
        fulfillment_set_id: set.id,
        shipping_option_id: option.id,
        linked_provider: linkedProvider,
      },
    )
  },
  async (created, { container }) => {
    if (!created) return
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await fulfillment.deleteShippingOptions([created.shipping_option_id])
    await link.dismiss({
      [Modules.STOCK_LOCATION]: { stock_location_id: created.location_id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: created.fulfillment_set_id },
    })
    await fulfillment.deleteFulfillmentSets([created.fulfillment_set_id])
    if (created.linked_provider) {
      await link.dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: created.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILMENT_PROVIDER },
      })
    }
  },
)
