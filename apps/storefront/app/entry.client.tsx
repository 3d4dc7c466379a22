import { RemixBrowser } from "@remix-run/react"
import { startTransition, StrictMode } from "react"
import { hydrateRoot } from "react-dom/client"
import { DEFAULT_LOCALE, loadDictionary, parseLocale } from "./i18n"

// Remix's default entry, except that an English page first fetches the English strings, so that
// hydration renders the same text as the server did (Vietnamese pages need nothing more).
const locale = parseLocale(document.documentElement.lang) ?? DEFAULT_LOCALE
void loadDictionary(locale).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    )
  })
})
