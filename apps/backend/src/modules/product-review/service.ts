import { MedusaService } from "@medusajs/framework/utils"
import { ProductReview } from "./models/product-review"

/** Storage of product reviews; what a review does to the product lives in workflows/product-review. */
class ProductReviewModuleService extends MedusaService({ ProductReview }) {}

export default ProductReviewModuleService
