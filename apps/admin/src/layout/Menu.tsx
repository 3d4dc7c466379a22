import PointOfSaleIcon from "@mui/icons-material/PointOfSale"
import { Menu as RaMenu, useCanAccess, useTranslate } from "react-admin"
import { COUNTER_PAGE } from "../auth/roles"

/**
 * The side menu: react-admin's own resource items, each shown only when `authProvider.canAccess`
 * lets the signed-in person list it (a producer's user sees the producer console, staff the areas
 * their role may read), and the counter screen for whoever may work a counter.
 */
export function Menu() {
  const translate = useTranslate()
  const counter = useCanAccess({ resource: COUNTER_PAGE, action: "write" })
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {counter.canAccess ? (
        <RaMenu.Item to="/counter" primaryText={translate("ocop.counter.title")} leftIcon={<PointOfSaleIcon />} />
      ) : null}
      <RaMenu.ResourceItems />
    </RaMenu>
  )
}
