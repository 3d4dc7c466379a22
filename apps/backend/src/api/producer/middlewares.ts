import type { MiddlewareRoute } from "@medusajs/framework/http"
import { producerProductMiddlewares } from "./products/middlewares"

export const producerMiddlewares: MiddlewareRoute[] = [...producerProductMiddlewares]
