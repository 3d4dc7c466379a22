import type { ComponentType } from "react"
import { CanAccess } from "react-admin"
import { AccessDenied } from "./AccessDenied"

interface ResourceScreens {
  list?: ComponentType
  show?: ComponentType
  create?: ComponentType
  edit?: ComponentType
}

/**
 * A resource's screens, each behind react-admin's `<CanAccess>` for its action, so that a page the
 * signed-in person may not use shows "access denied" at once and asks the server nothing (react-
 * admin's controllers would send their request before redirecting). The decision is
 * `authProvider.canAccess`'s (auth/roles.ts), the same one the menu and buttons ask.
 */
export function accessChecked<R extends ResourceScreens>(resource: string, screens: R): R {
  const behind = (action: keyof ResourceScreens) => {
    const Screen: ComponentType | undefined = screens[action]
    if (!Screen) return undefined
    const Page = Screen
    function Checked() {
      return (
        <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
          <Page />
        </CanAccess>
      )
    }
    Checked.displayName = `CanAccess(${resource}.${action})`
    return Checked
  }
  return { ...screens, list: behind("list"), show: behind("show"), create: behind("create"), edit: behind("edit") }
}
