import englishMessages from "ra-language-english"
import type { TranslationMessages } from "react-admin"
import { areaEnglish } from "./areas"
import { mergeMessages, type MessageTree } from "./areas/area-messages"
import { ocopEnglish } from "./ocop-en"

/** All English messages: ra-language-english, ours, and each area's. */
export const englishAllMessages = mergeMessages(
  englishMessages as unknown as MessageTree,
  ocopEnglish,
  areaEnglish,
) as unknown as TranslationMessages
