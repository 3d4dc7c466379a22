import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"

/** CRUD for the producer register; search and listing rules live in the API layer and workflows. */
class ProducerModuleService extends MedusaService({ Producer }) {}

export default ProducerModuleService
