import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/**
 * A producer has many products; a product has one producer. The link table cannot express
 * "exactly one", so attachProductToProducerWorkflow dismisses a product's old link before it creates
 * the new one.
 */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
