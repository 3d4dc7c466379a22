import type { TranslationMessages } from "react-admin"
import { areaVietnamese } from "./areas"
import { mergeMessages, type MessageTree } from "./areas/area-messages"
import { raVietnamese } from "./ra-vi"

/** All Vietnamese messages: react-admin's `ra.*` (our translation) and each console area's. */
export const vietnameseMessages = mergeMessages(
  raVietnamese as unknown as MessageTree,
  areaVietnamese,
) as unknown as TranslationMessages
