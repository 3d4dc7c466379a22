import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationService from "./service"

/** Notification provider `smtp`: e-mail through any SMTP server (src/config/modules.ts). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
