import englishMessages from "ra-language-english"
import type { TranslationMessages } from "react-admin"
import { areaEnglish } from "./areas"
import { mergeMessages, type MessageTree } from "./areas/area-messages"

/** All English messages: ra-language-english and each console area's. */
export const englishAllMessages = mergeMessages(
  englishMessages as unknown as MessageTree,
  areaEnglish,
) as unknown as TranslationMessages
