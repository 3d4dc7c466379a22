import { Admin, CanAccess, CustomRoutes, reactRouterProvider, Resource } from "react-admin"
import { ForgotPasswordPage } from "./auth/ForgotPasswordPage"
import { AccessDenied } from "./auth/AccessDenied"
import { accessChecked } from "./auth/can-access"
import { COUNTER_PAGE } from "./auth/roles"
import { ResetPasswordPage } from "./auth/ResetPasswordPage"
import { CATALOGUE_PRINT_PAGE, CataloguePrintPage } from "./catalogue-print"
import certifications from "./certifications"
import { MY_PAYOUTS_PAGE, MyPayoutsPage, PAYOUTS_PAGE, PayoutsPage } from "./payouts"
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
import {
  AcceptInvitePage,
  producerEvents,
  producerLeads,
  producerOrders,
  producerProducts,
  producerProfile,
  producerStock,
} from "./producer-console"
import producers from "./producers"
import { PROGRAMME_PAGE, PROGRAMME_PATH, ProgrammePage } from "./programme"
import { REPORTS_PAGE, REPORTS_PATH, ReportsPage } from "./reports"
import products from "./products"
import { authProvider, cataloguePrintApi, dataProvider, payoutApi } from "./providers"
import reviews from "./reviews"
import staff from "./staff"
import { AcceptStaffInvite } from "./staff/AcceptStaffInvite"

// The sales report (issue 16): for the roles that read the trade area, as /admin/reports is.
const reportsPage = (
  <CanAccess resource={REPORTS_PAGE} action="list" accessDenied={<AccessDenied />}>
    <ReportsPage />
  </CanAccess>
)

// The programme panel (issue 16): for whoever reads the register; editing asks canAccess again.
const programmePage = (
  <CanAccess resource={PROGRAMME_PAGE} action="list" accessDenied={<AccessDenied />}>
    <ProgrammePage />
  </CanAccess>
)

// The router react-admin itself uses: custom routes must be its <Route>.
const { Route } = reactRouterProvider

// The counter screen (issue 14): for whoever may work a counter; the server checks the place.
const counterScreen = (
  <CanAccess resource={COUNTER_PAGE} action="write" accessDenied={<AccessDenied />}>
    <CounterScreen />
  </CanAccess>
)

/**
 * The OCOP Lào Cai operations console, for staff and for producers' users. Every resource is
 * declared for everyone so that a forbidden URL shows "access denied" instead of "not found";
 * react-admin asks `authProvider.canAccess` (auth/roles.ts) before each page, menu item and button.
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
      accessDenied={AccessDenied}
      theme={lightTheme}
      darkTheme={darkTheme}
    >
      <Resource name="producers" {...accessChecked("producers", producers)} />
      <Resource name="certifications" {...accessChecked("certifications", certifications)} />
      <Resource name="products" {...accessChecked("products", products)} />
      <Resource name="product-reviews" {...accessChecked("product-reviews", reviews)} />
      <Resource name="orders" {...accessChecked("orders", orders)} />
      <Resource name="staff" {...accessChecked("staff", staff)} />
      {/* Issue 14: reading and working the counter is the counter area; setting places up and sending stock is trade. */}
      <Resource name="points-of-sale" {...accessChecked("points-of-sale", pointsOfSale)} />
      <Resource name="stock-transfers" {...accessChecked("stock-transfers", stockTransfers)} />
      <Resource name="trade-events" {...accessChecked("trade-events", events)} />
      <Resource name="producer-products" {...accessChecked("producer-products", producerProducts)} />
      <Resource name="producer-stock" {...accessChecked("producer-stock", producerStock)} />
      <Resource name="producer-orders" {...accessChecked("producer-orders", producerOrders)} />
      <Resource name="producer-events" {...accessChecked("producer-events", producerEvents)} />
      <Resource name="producer-leads" {...accessChecked("producer-leads", producerLeads)} />
      <Resource name="producer-profile" {...accessChecked("producer-profile", producerProfile)} />
      {/* Reached from invite and password-reset emails, before the person can sign in: no sign-in, no layout. */}
      <CustomRoutes>
        <Route path="/counter" element={counterScreen} />
        <Route path="/counter/:placeId" element={counterScreen} />
        <Route path={REPORTS_PATH} element={reportsPage} />
        <Route path={PROGRAMME_PATH} element={programmePage} />
        <Route
          path="/catalogue-prints"
          element={
            <CanAccess resource={CATALOGUE_PRINT_PAGE} action="list" accessDenied={<AccessDenied />}>
              <CataloguePrintPage api={cataloguePrintApi} />
            </CanAccess>
          }
        />
        <Route
          path="/payouts"
          element={
            <CanAccess resource={PAYOUTS_PAGE} action="list" accessDenied={<AccessDenied />}>
              <PayoutsPage api={payoutApi} />
            </CanAccess>
          }
        />
        <Route
          path="/my-payouts"
          element={
            <CanAccess resource={MY_PAYOUTS_PAGE} action="list" accessDenied={<AccessDenied />}>
              <MyPayoutsPage api={payoutApi} />
            </CanAccess>
          }
        />
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
