import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useNonce } from "~/utils/nonce"
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react"
import type { ReactNode } from "react"
import { GeneralErrorBoundary } from "./components/error-page"
import { SiteFooter } from "./components/site-footer"
import { SiteHeader } from "./components/site-header"
import { DEFAULT_LOCALE, LocaleContext, translate } from "./i18n"
import { getLocale } from "./i18n/locale.server"
import styles from "./styles/app.css?url"
import miniCartStyles from "./styles/mini-cart.css?url"
import placeStyles from "./styles/places.css?url"
import { miniCart } from "./utils/mini-cart.server"
import { getPublicEnv } from "./utils/env.server"

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: miniCartStyles },
  { rel: "stylesheet", href: placeStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request)
  return { locale, publicEnv: getPublicEnv(), cart: await miniCart(request, locale) }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? DEFAULT_LOCALE
  return [{ title: translate(locale, "meta.homeTitle") }]
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const nonce = useNonce()
  const locale = data?.locale ?? DEFAULT_LOCALE
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f5f3a" />
        <Meta />
        <Links />
      </head>
      <body>
        <LocaleContext.Provider value={locale}>
          <a href="#main" className="skip-link">
            {translate(locale, "a11y.skipToContent")}
          </a>
          <SiteHeader cart={data?.cart ?? { count: 0, lines: [], subtotal: "" }} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </LocaleContext.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
