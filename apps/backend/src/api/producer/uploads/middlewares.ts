import type { MiddlewareRoute } from "@medusajs/framework/http"
import { receiveImages } from "../../utils/image-upload"

export const producerUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/producer/uploads", middlewares: [receiveImages] },
]
