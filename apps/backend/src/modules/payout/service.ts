import { MedusaService } from "@medusajs/framework/utils"
import { SupportPayment } from "./models/support-payment"

/** Payments the province makes to producers; what it owes them is computed from sales and certificates. */
class PayoutModuleService extends MedusaService({ SupportPayment }) {}

export default PayoutModuleService
