import BarChartIcon from "@mui/icons-material/BarChart"
import FlagIcon from "@mui/icons-material/Flag"
import MenuBookIcon from "@mui/icons-material/MenuBook"
import PaymentsIcon from "@mui/icons-material/Payments"
import PointOfSaleIcon from "@mui/icons-material/PointOfSale"
import { Menu as RaMenu, useCanAccess, useTranslate } from "react-admin"
import { COUNTER_PAGE } from "../auth/roles"
import { PROGRAMME_PAGE, PROGRAMME_PATH } from "../programme"
import { REPORTS_PAGE, REPORTS_PATH } from "../reports"
import { CATALOGUE_PRINT_PAGE } from "../catalogue-print"
import { MY_PAYOUTS_PAGE, PAYOUTS_PAGE } from "../payouts"

/**
 * The side menu: react-admin's own resource items, each shown only when `authProvider.canAccess`
 * lets the signed-in person list it (a producer's user sees the producer console, staff the areas
 * their role may read), the counter screen for whoever may work a counter,
 * the sales report for whoever reads the trade area and the programme panel for whoever reads the register.
 */
export function Menu() {
  const translate = useTranslate()
  const counter = useCanAccess({ resource: COUNTER_PAGE, action: "write" })
  const reports = useCanAccess({ resource: REPORTS_PAGE, action: "list" })
  const programme = useCanAccess({ resource: PROGRAMME_PAGE, action: "list" })
  const catalogue = useCanAccess({ resource: CATALOGUE_PRINT_PAGE, action: "list" })
  const payouts = useCanAccess({ resource: PAYOUTS_PAGE, action: "list" })
  const myPayouts = useCanAccess({ resource: MY_PAYOUTS_PAGE, action: "list" })
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {counter.canAccess ? (
        <RaMenu.Item to="/counter" primaryText={translate("ocop.counter.title")} leftIcon={<PointOfSaleIcon />} />
      ) : null}
      <RaMenu.ResourceItems />
      {reports.canAccess ? (
        <RaMenu.Item to={REPORTS_PATH} primaryText={translate("ocop.reports.menu")} leftIcon={<BarChartIcon />} />
      ) : null}
      {programme.canAccess ? (
        <RaMenu.Item to={PROGRAMME_PATH} primaryText={translate("ocop.programme.menu")} leftIcon={<FlagIcon />} />
      ) : null}
      {catalogue.canAccess ? (
        <RaMenu.Item
          to="/catalogue-prints"
          primaryText={translate("ocop.catalogue_print.title")}
          leftIcon={<MenuBookIcon />}
        />
      ) : null}
      {payouts.canAccess ? (
        <RaMenu.Item to="/payouts" primaryText={translate("ocop.payouts.title")} leftIcon={<PaymentsIcon />} />
      ) : null}
      {myPayouts.canAccess ? (
        <RaMenu.Item to="/my-payouts" primaryText={translate("ocop.payouts.my_title")} leftIcon={<PaymentsIcon />} />
      ) : null}
    </RaMenu>
  )
}
