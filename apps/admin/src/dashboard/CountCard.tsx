import type { ReactNode } from "react"
import { useCreatePath, useTranslate } from "react-admin"
import { FigureCard } from "../common/FigureCard"
import { useCount } from "./use-count"

interface CountCardProps {
  resource: string
  title: string
  icon: ReactNode
  filter?: Record<string, unknown>
}

/** One figure of the register (a count from a list endpoint) with a link to the filtered list. */
export function CountCard({ resource, title, icon, filter }: CountCardProps) {
  const translate = useTranslate()
  const createPath = useCreatePath()
  const { total, isPending, error } = useCount(resource, filter)
  const to = {
    pathname: createPath({ resource, type: "list" }),
    search: filter ? `filter=${encodeURIComponent(JSON.stringify(filter))}` : "",
  }
  return (
    <FigureCard
      title={title}
      icon={icon}
      figure={isPending ? undefined : total === undefined ? null : total.toLocaleString("vi-VN")}
      detail={error ? translate("ocop.dashboard.unavailable") : undefined}
      to={to}
      linkLabel="ocop.dashboard.open_list"
    />
  )
}
