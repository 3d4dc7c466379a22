import { mergeMessages, type MessageTree } from "./area-messages"
import { messages as cataloguePrint } from "../../catalogue-print/messages"
import { messages as events } from "../../events/messages"
import { messages as programme } from "../../programme/messages"
import { messages as reports } from "../../reports/messages"
import { messages as certifications } from "./certifications"
import { messages as consoleShell } from "./console"
import { messages as dashboard } from "../../dashboard/messages"
import { messages as payouts } from "../../payouts/messages"
import { messages as counter } from "./counter"
import { messages as orders } from "./orders"
import { messages as passwordReset } from "./password-reset"
import { messages as producerConsole } from "./producer-console"
import { messages as producerEvents } from "../../producer-console/events/messages"
import { messages as producerPage } from "./producer-page"
import { messages as producers } from "./producers"
import { messages as products } from "./products"
import { messages as reviews } from "./reviews"
import { messages as staffAccounts } from "./staff-accounts"

const AREAS = [
  consoleShell,
  producers,
  certifications,
  orders,
  products,
  staffAccounts,
  producerConsole,
  reviews,
  producerPage,
  counter,
  passwordReset,
  events,
  reports,
  producerEvents,
  programme,
  dashboard,
  cataloguePrint,
  payouts,
]

/** Every area's Vietnamese messages, merged. */
export const areaVietnamese: MessageTree = mergeMessages(...AREAS.map((area) => area.vi))

/** Every area's English messages, merged. */
export const areaEnglish: MessageTree = mergeMessages(...AREAS.map((area) => area.en))
