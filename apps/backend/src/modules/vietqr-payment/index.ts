import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProvider from "./service"

/** Payment provider `pp_vietqr_vietqr`: bank transfer by VietQR, paid when staff capture it. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
