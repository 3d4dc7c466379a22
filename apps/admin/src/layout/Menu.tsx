import PointOfSaleIcon from "@mui/icons-material/PointOfSale"
import { Menu as RaMenu, usePermissions, useResourceDefinitions, useTranslate } from "react-admin"
import { canRead, canWrite, isProducer, PRODUCER_RESOURCES, RESOURCE_AREAS } from "../auth/roles"

/**
 * The side menu. A producer's user sees only the producer console (its dashboard, products, stock,
 * orders, profile); staff see the resources their role may read, and never the producer console.
 */
export function Menu() {
  const { permissions } = usePermissions()
  const translate = useTranslate()
  const resources = useResourceDefinitions()
  const producer = isProducer(permissions)
  const visible = producer
    ? PRODUCER_RESOURCES.filter((name) => resources[name]?.hasList)
    : Object.values(resources)
        .filter((r) => {
          const area = RESOURCE_AREAS[r.name]
          return r.hasList && area !== undefined && canRead(permissions, area)
        })
        .map((r) => r.name)
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {!producer && canWrite(permissions, "counter") ? (
        <RaMenu.Item to="/counter" primaryText={translate("ocop.counter.title")} leftIcon={<PointOfSaleIcon />} />
      ) : null}
      {visible.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  )
}
