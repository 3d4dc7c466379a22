import { MedusaService } from "@medusajs/framework/utils"
import { ProgrammeTarget } from "./models/programme-target"

/** The programme's yearly targets (issue 16); what the register shows is counted in SQL (queries/programme.ts). */
class ProgrammeModuleService extends MedusaService({ ProgrammeTarget }) {}

export default ProgrammeModuleService
