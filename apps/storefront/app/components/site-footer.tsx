import { Link } from "@remix-run/react"
import { useT } from "~/i18n"

/** Footer with the about text and the sample-data notice the demo must always show. */
export function SiteFooter() {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <section>
          <h2 className="site-footer__title">OCOP Lào Cai</h2>
          <p>{t("footer.about")}</p>
        </section>
        <nav aria-label={t("footer.links")}>
          <ul className="site-footer__links">
            <li>
              <Link to="/products">{t("nav.products")}</Link>
            </li>
            <li>
              <Link to="/producers">{t("nav.producers")}</Link>
            </li>
            <li>
              <Link to="/points-of-sale">{t("nav.pointsOfSale")}</Link>
            </li>
            <li>
              <Link to="/verify">{t("nav.verify")}</Link>
            </li>
            <li>
              {/* A resource route (the latest printed catalogue), so a plain link, not client navigation. */}
              <a href="/catalogue.pdf">{t("footer.catalogue")}</a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="sample-notice container" role="note">
        <strong>⚠</strong> {t("footer.sampleData")}
      </p>
    </footer>
  )
}
