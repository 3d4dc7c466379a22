import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificationMiddlewares } from "./admin/certifications/middlewares"
import { adminProducerMiddlewares } from "./admin/producers/middlewares"
import { adminProductOcopMiddlewares } from "./admin/products/middlewares"
import { storeMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...adminProducerMiddlewares, ...adminCertificationMiddlewares, ...adminProductOcopMiddlewares, ...storeMiddlewares],
})
