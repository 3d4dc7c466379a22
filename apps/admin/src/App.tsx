import { Admin, CustomRoutes, reactRouterProvider, Resource } from "react-admin"
import { ForgotPasswordPage } from "./auth/ForgotPasswordPage"
import { guarded, guardProducerResource, guardResource } from "./auth/guarded"
import { ResetPasswordPage } from "./auth/ResetPasswordPage"
import certifications from "./certifications"
import { Dashboard } from "./dashboard/Dashboard"
import { i18nProvider } from "./i18n/i18n-provider"
import { Layout } from "./layout/Layout"
import { darkTheme, lightTheme } from "./layout/theme"
import { LoginPage } from "./layout/LoginPage"
import { CounterScreen } from "./counter/CounterScreen"
import events from "./events"
import orders from "./orders"
import pointsOfSale from "./points-of-sale"
import stockTransfers from "./stock-transfers"
import { AcceptInvitePage, producerOrders, producerProducts, producerProfile, producerStock } from "./producer-console"
import producers from "./producers"
import products from "./products"
import { authProvider, dataProvider } from "./providers"
import reviews from "./reviews"
import staff from "./staff"
import { AcceptStaffInvite } from "./staff/AcceptStaffInvite"

// The router react-admin itself uses: custom routes must be its <Route>.
const { Route } = reactRouterProvider

// The counter screen (issue 14): for whoever may work a counter; the server checks the place.
const GuardedCounter = guarded("counter", "write", CounterScreen)

/**
 * The OCOP Lào Cai operations console, for staff and for producers' users. Every resource is
 * declared for everyone so that a forbidden URL shows "access denied" instead of "not found"; the
 * menu and guards follow the signed-in actor and role (auth/roles.ts).
 */
export function App() {
  return (
    <Admin
      disableTelemetry
      title="OCOP Lào Cai"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      loginPage={LoginPage}
      requireAuth
      theme={lightTheme}
      darkTheme={darkTheme}
    >
      <Resource name="producers" {...guardResource("register", producers)} />
      <Resource name="certifications" {...guardResource("certificates", certifications)} />
      <Resource name="products" {...guardResource("register", products)} />
      <Resource name="product-reviews" {...guardResource("register", reviews)} />
      <Resource name="orders" {...guardResource("orders", orders)} />
      <Resource name="staff" {...guardResource("staff", staff)} />
      {/* Issue 14: reading and working the counter is the counter area; setting places up and sending stock is trade. */}
      <Resource
        name="points-of-sale"
        {...guardResource("counter", pointsOfSale)}
        create={guarded("trade", "write", pointsOfSale.create)}
        edit={guarded("trade", "write", pointsOfSale.edit)}
      />
      <Resource
        name="stock-transfers"
        {...guardResource("counter", stockTransfers)}
        create={guarded("trade", "write", stockTransfers.create)}
      />
      <Resource name="trade-events" {...guardResource("trade", events)} />
      <Resource name="producer-products" {...guardProducerResource(producerProducts)} />
      <Resource name="producer-stock" {...guardProducerResource(producerStock)} />
      <Resource name="producer-orders" {...guardProducerResource(producerOrders)} />
      <Resource name="producer-profile" {...guardProducerResource(producerProfile)} />
      {/* Reached from invite and password-reset emails, before the person can sign in: no sign-in, no layout. */}
      <CustomRoutes>
        <Route path="/counter" element={<GuardedCounter />} />
        <Route path="/counter/:placeId" element={<GuardedCounter />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
        <Route path="/staff-invite" element={<AcceptStaffInvite />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage actor="user" />} />
        <Route path="/producer-reset-password" element={<ResetPasswordPage actor="producer" />} />
      </CustomRoutes>
    </Admin>
  )
}
