import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OcopMailService from "./service"

/** Notification provider `ocop-mail` (id `mail`): opens sealed links, delivers to the log or a mailbox folder. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [OcopMailService] })
