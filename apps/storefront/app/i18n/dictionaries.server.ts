import { en } from "./en"
import { registerDictionary } from "./index"
import "./checkout-strings"

// The server renders any page in either language, so it holds every string from boot; only the
// browser loads them with the pages that need them (see index.ts).
registerDictionary("en", en)
