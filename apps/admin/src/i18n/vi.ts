import type { TranslationMessages } from "react-admin"
import { areaVietnamese } from "./areas"
import { mergeMessages, type MessageTree } from "./areas/area-messages"
import { ocopVietnamese } from "./ocop-vi"
import { raVietnamese } from "./ra-vi"

/** All Vietnamese messages: react-admin's `ra.*`, ours, and each area's. */
export const vietnameseMessages = mergeMessages(
  raVietnamese as unknown as MessageTree,
  ocopVietnamese,
  areaVietnamese,
) as unknown as TranslationMessages
