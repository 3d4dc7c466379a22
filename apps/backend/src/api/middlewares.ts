import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificationMiddlewares } from "./admin/certifications/middlewares"
import { adminOcopOrderMiddlewares } from "./admin/ocop-orders/middlewares"
import { adminOcopProductMiddlewares } from "./admin/ocop-products/middlewares"
import { adminPointOfSaleMiddlewares } from "./admin/points-of-sale/middlewares"
import { adminProducerMiddlewares } from "./admin/producers/middlewares"
import { adminProducerUserMiddlewares } from "./admin/producer-users/middlewares"
import { adminProductReviewMiddlewares } from "./admin/product-reviews/middlewares"
import { adminProductOcopMiddlewares } from "./admin/products/middlewares"
import { adminReportMiddlewares } from "./admin/reports/middlewares"
import { adminProgrammeMiddlewares } from "./admin/programme/middlewares"
import { adminStaffMiddlewares } from "./admin/staff/middlewares"
import { adminTradeEventMiddlewares } from "./admin/trade-events/middlewares"
import { producerEventMiddlewares } from "./producer/events/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { apiSecurityHeaders } from "./utils/api-headers"
import { medusaUploadsAreImages } from "./utils/image-upload"
import { passwordRuleMiddlewares } from "./utils/password-rule"
import { apiErrorHandler, refuseBadPaths } from "./utils/path-guard"
import { limitAttempts } from "./utils/rate-limit"
import { enforceStaffRole } from "./utils/staff-role"

export default defineMiddlewares({
  // Medusa's error handler, except that a path Express cannot decode is a 400 naming the path.
  errorHandler: apiErrorHandler,
  routes: [
    // In front of every route, Medusa's too: a path that does not decode cleanly is a 400, not a 500;
    // sign-in, registration, password and invite attempts are counted and slowed down.
    // "/" and not "/*": Express decodes a wildcard's capture, which throws on the very paths refused here.
    { matcher: "/", middlewares: [apiSecurityHeaders, refuseBadPaths, limitAttempts] },
    // Wildcard matchers run before the per-route ones, so a refused role never reaches validation.
    { matcher: "/admin*", middlewares: [enforceStaffRole] },
    // Medusa's upload route takes images only, checked before its own multer reads the body.
    { matcher: "/admin/uploads", middlewares: [medusaUploadsAreImages] },
    ...adminStaffMiddlewares,
    ...adminProducerMiddlewares,
    ...adminCertificationMiddlewares,
    ...adminProductOcopMiddlewares,
    ...adminOcopProductMiddlewares,
    ...adminOcopOrderMiddlewares,
    ...adminProducerUserMiddlewares,
    ...adminProductReviewMiddlewares,
    ...passwordRuleMiddlewares,
    ...adminPointOfSaleMiddlewares,
    ...adminTradeEventMiddlewares,
    ...adminReportMiddlewares,
    ...adminProgrammeMiddlewares,
    ...storeMiddlewares,
    ...producerMiddlewares,
    ...producerEventMiddlewares,
  ],
})
