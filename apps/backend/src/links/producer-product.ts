import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/**
 * The table Medusa generates for this link, named after both modules and entities. Raw SQL joins it
 * (producer sales, the producer's own orders); the sales integration test fails if the name changes.
 */
export const PRODUCER_PRODUCT_LINK_TABLE = "producer_producer_product_product"

/**
 * A producer has many products; a product has one producer. The link table cannot express
 * "exactly one", so attachProductsToProducersWorkflow dismisses a product's old link before it creates
 * the new one.
 */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
