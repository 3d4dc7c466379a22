import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificationMiddlewares } from "./admin/certifications/middlewares"
import { adminOcopOrderMiddlewares } from "./admin/ocop-orders/middlewares"
import { adminOcopProductMiddlewares } from "./admin/ocop-products/middlewares"
import { adminProducerMiddlewares } from "./admin/producers/middlewares"
import { adminProducerUserMiddlewares } from "./admin/producer-users/middlewares"
import { adminProductReviewMiddlewares } from "./admin/product-reviews/middlewares"
import { adminProductOcopMiddlewares } from "./admin/products/middlewares"
import { adminStaffMiddlewares } from "./admin/staff/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { enforceStaffRole } from "./utils/staff-role"

export default defineMiddlewares({
  routes: [
    // Wildcard matchers run before the per-route ones, so a refused role never reaches validation.
    { matcher: "/admin*", middlewares: [enforceStaffRole] },
    ...adminStaffMiddlewares,
    ...adminProducerMiddlewares,
    ...adminCertificationMiddlewares,
    ...adminProductOcopMiddlewares,
    ...adminOcopProductMiddlewares,
    ...adminOcopOrderMiddlewares,
    ...adminProducerUserMiddlewares,
    ...adminProductReviewMiddlewares,
    ...storeMiddlewares,
    ...producerMiddlewares,
  ],
})
