import { Box, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from "react-admin"

interface EmptyStateProps {
  /** Translation key of the helpful message. */
  message: string
  icon?: ReactNode
}

/** Says what belongs in an empty list; `children` is what the reader can do about it. */
export function EmptyMessage({ message, icon, children }: EmptyStateProps & { children?: ReactNode }) {
  const translate = useTranslate()
  const resource = useResourceContext()
  return (
    <Box sx={{ textAlign: "center", m: 4 }} role="status">
      {icon ? <Box sx={{ "& svg": { fontSize: 72, opacity: 0.4 } }}>{icon}</Box> : null}
      <Typography variant="h6" component="p" gutterBottom>
        {translate("ra.page.empty", { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 2 }}>
        {translate(message)}
      </Typography>
      {children}
    </Box>
  )
}

/** Shown instead of an empty staff list: offers to create the first one to those who may. */
export function EmptyState(props: EmptyStateProps) {
  const translate = useTranslate()
  const resource = useResourceContext()
  const { canAccess: canCreate } = useCanAccess({ resource, action: "create" })
  return (
    <EmptyMessage {...props}>
      {canCreate ? (
        <CreateButton variant="contained" />
      ) : (
        <Typography variant="body2">{translate("ocop.empty.read_only")}</Typography>
      )}
    </EmptyMessage>
  )
}
