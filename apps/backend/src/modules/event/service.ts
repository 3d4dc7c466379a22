import { MedusaService } from "@medusajs/framework/utils"
import { EventBoothStock } from "./models/booth-stock"
import { EventLead } from "./models/lead"
import { EventParticipant, EventParticipantProduct } from "./models/participant"
import { EventBudgetLine, EventSpending, TradeEvent } from "./models/trade-event"

/** Storage of trade-promotion events; what they do lives in workflows/event. */
class TradeEventModuleService extends MedusaService({
  TradeEvent,
  EventBudgetLine,
  EventSpending,
  EventParticipant,
  EventParticipantProduct,
  EventLead,
  EventBoothStock,
}) {}

export default TradeEventModuleService
