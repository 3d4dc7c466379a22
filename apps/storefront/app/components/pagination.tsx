import { Link } from "@remix-run/react"
import { useT } from "~/i18n"

/** Page numbers to show: first, last and a window around the current page; null marks a gap. */
export function pageWindow(current: number, total: number, radius = 1): (number | null)[] {
  const pages: (number | null)[] = []
  for (let page = 1; page <= total; page++) {
    const nearCurrent = Math.abs(page - current) <= radius
    if (page === 1 || page === total || nearCurrent) pages.push(page)
    else if (pages[pages.length - 1] !== null) pages.push(null)
  }
  return pages
}

/** Plain links, so paging works without JavaScript and every page has its own URL. */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => string
}) {
  const t = useT()
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t("a11y.pagination")}>
      <p className="pagination__status">{t("catalogue.page", { page, pages })}</p>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev" className="pagination__step">
              ‹ <span>{t("catalogue.prev")}</span>
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pages).map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={t("catalogue.page", { page: item, pages })}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link to={hrefFor(page + 1)} rel="next" className="pagination__step">
              <span>{t("catalogue.next")}</span> ›
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
