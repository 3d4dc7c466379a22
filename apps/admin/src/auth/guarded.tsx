import type { StaffArea } from "@ocop/domain"
import type { ComponentType } from "react"
import { Loading, usePermissions } from "react-admin"
import { AccessDenied } from "./AccessDenied"
import { canRead, canWrite, isProducer } from "./roles"

/**
 * Wraps a resource page so a role without access sees "access denied" (and no request is made),
 * even when it opens the URL directly. The backend refuses the calls anyway.
 */
export function guarded<P extends object>(area: StaffArea, need: "read" | "write", Page: ComponentType<P>) {
  function GuardedPage(props: P) {
    const { permissions, isPending } = usePermissions()
    if (isPending) return <Loading />
    const allowed = need === "read" ? canRead(permissions, area) : canWrite(permissions, area)
    return allowed ? <Page {...props} /> : <AccessDenied />
  }
  GuardedPage.displayName = `Guarded(${Page.displayName ?? Page.name})`
  return GuardedPage
}

interface ResourceScreens {
  list?: ComponentType
  show?: ComponentType
  create?: ComponentType
  edit?: ComponentType
}

/** Guards every screen of a resource: list and show need read access, create and edit write access. */
export function guardResource<R extends ResourceScreens>(area: StaffArea, resource: R): R {
  return {
    ...resource,
    list: resource.list && guarded(area, "read", resource.list),
    show: resource.show && guarded(area, "read", resource.show),
    create: resource.create && guarded(area, "write", resource.create),
    edit: resource.edit && guarded(area, "write", resource.edit),
  }
}

/**
 * Wraps a producer-console page: only a producer's user may open it. Staff see "access denied" and
 * no request is made (the `/producer/*` routes refuse staff tokens anyway).
 */
export function producerOnly<P extends object>(Page: ComponentType<P>) {
  function ProducerPage(props: P) {
    const { permissions, isPending } = usePermissions()
    if (isPending) return <Loading />
    return isProducer(permissions) ? <Page {...props} /> : <AccessDenied />
  }
  ProducerPage.displayName = `ProducerOnly(${Page.displayName ?? Page.name})`
  return ProducerPage
}

/** Guards every screen of a producer-console resource. */
export function guardProducerResource<R extends ResourceScreens>(resource: R): R {
  return {
    ...resource,
    list: resource.list && producerOnly(resource.list),
    show: resource.show && producerOnly(resource.show),
    create: resource.create && producerOnly(resource.create),
    edit: resource.edit && producerOnly(resource.edit),
  }
}
