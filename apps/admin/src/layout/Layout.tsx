import type { ReactNode } from "react"
import { Layout as RaLayout } from "react-admin"
import { AppBar } from "./AppBar"
import { Menu } from "./Menu"

/** The console's frame: react-admin's layout with our app bar and a menu that follows the role. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  )
}
