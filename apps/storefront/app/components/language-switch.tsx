import { Form, useLocation } from "@remix-run/react"
import { LOCALES, useLocale, useT } from "~/i18n"

/**
 * A plain POST form, so switching language works without JavaScript: the /language action sets
 * the `lang` cookie and redirects back to this page. It reloads the document with JavaScript too:
 * the browser holds only the page's language's strings, and a full load fetches the new ones before
 * hydrating (entry.client.tsx).
 */
export function LanguageSwitch() {
  const t = useT()
  const locale = useLocale()
  const location = useLocation()
  return (
    <Form method="post" action="/language" reloadDocument className="lang-switch" aria-label={t("lang.label")}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="lang"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className="lang-switch__button"
        >
          {/* The visible code starts the accessible name ("EN English"), as WCAG 2.5.3 asks. */}
          {code.toUpperCase()}
          <span className="visually-hidden"> {t(code === "vi" ? "lang.vi" : "lang.en")}</span>
        </button>
      ))}
    </Form>
  )
}
