import { isRouteErrorResponse, Link, useLocation, useRouteError } from "@remix-run/react"
import { useT } from "~/i18n"

/**
 * The error boundary every route uses: 404 → "not found", 503 → a retry page (backend down),
 * 400 → "invalid request"; anything else → a generic apology without internals.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  const location = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500

  if (status === 404) {
    return (
      <ErrorPanel title={t("error.notFoundTitle")} text={t("error.notFoundText")} code="404">
        <Link to="/products" className="button button--primary">
          {t("home.heroCta")}
        </Link>
        <Link to="/" className="button">
          {t("error.backHome")}
        </Link>
      </ErrorPanel>
    )
  }
  if (status === 503) {
    return (
      <ErrorPanel title={t("error.unavailableTitle")} text={t("error.unavailableText")} code="503">
        {/* A plain link reloads the same URL, so retry works without JavaScript. */}
        <a href={location.pathname + location.search} className="button button--primary">
          {t("error.retry")}
        </a>
        <Link to="/" className="button" reloadDocument>
          {t("error.backHome")}
        </Link>
      </ErrorPanel>
    )
  }
  const title = status === 400 ? t("error.badRequestTitle") : t("error.genericTitle")
  return (
    <ErrorPanel title={title} text={t("error.genericText")} code={String(status)}>
      <Link to="/" className="button button--primary" reloadDocument>
        {t("error.backHome")}
      </Link>
    </ErrorPanel>
  )
}

function ErrorPanel({
  title,
  text,
  code,
  children,
}: {
  title: string
  text: string
  code: string
  children: React.ReactNode
}) {
  return (
    <section className="error-panel container" aria-labelledby="error-title">
      <p className="error-panel__code" aria-hidden="true">
        {code}
      </p>
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <div className="error-panel__actions">{children}</div>
    </section>
  )
}
