import { Form, Link, NavLink, useLocation, useSearchParams } from "@remix-run/react"
import { useT } from "~/i18n"
import type { MiniCart as MiniCartData } from "~/utils/mini-cart"
import { LanguageSwitch } from "./language-switch"
import { MiniCart } from "./mini-cart"

/** Site header: brand, product search, main navigation, mini-cart and language switch. */
export function SiteHeader({ cart }: { cart: MiniCartData }) {
  const t = useT()
  const [searchParams] = useSearchParams()
  const { pathname } = useLocation()
  // Keep the typed words in the box on the results page.
  const currentQuery = pathname === "/products" ? (searchParams.get("q") ?? "") : ""

  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to="/" className="brand" prefetch="intent">
          <svg className="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
            <circle cx="16" cy="16" r="15" fill="#b3261e" />
            <path d="M5 23l7-10 5 6 3-4 7 8z" fill="#f6c343" />
            <circle cx="22" cy="10" r="2.5" fill="#fff" />
          </svg>
          <span className="brand__name">OCOP Lào Cai</span>
        </Link>
        <Form method="get" action="/products" role="search" className="search-form" key={currentQuery}>
          <label htmlFor="site-search" className="visually-hidden">
            {t("search.label")}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            defaultValue={currentQuery}
            placeholder={t("search.placeholder")}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button button--primary">
            {t("search.submit")}
          </button>
        </Form>
        <div className="site-header__tools">
          <MiniCart cart={cart} />
          <Link to="/account" className="account-link">
            {t("account.title")}
          </Link>
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t("a11y.mainNav")} className="main-nav">
        <ul className="container">
          <li>
            <NavLink to="/products" prefetch="intent">
              {t("nav.products")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/producers" prefetch="intent">
              {t("nav.producers")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/points-of-sale" prefetch="intent">
              {t("nav.pointsOfSale")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/verify">{t("nav.verify")}</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  )
}
