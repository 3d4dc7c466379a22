import { Box, Card, CardActions, CardContent, Skeleton, Typography } from "@mui/material"
import type { ComponentProps, ReactNode } from "react"
import { Button, useTranslate } from "react-admin"

interface FigureCardProps {
  title: string
  icon: ReactNode
  /** The figure, already formatted; undefined while loading, null when unavailable. */
  figure: ReactNode | null | undefined
  detail?: ReactNode
  /** Where the figure is worked on (a path, or a path with a filter in its query). */
  to?: ComponentProps<typeof Button>["to"]
  linkLabel?: string
}

/**
 * One figure on a home page (the office's dashboard, a producer's home), with a link to the screen
 * where it is worked on. A figure still loading shows a placeholder; one that failed shows a dash.
 */
export function FigureCard({ title, icon, figure, detail, to, linkLabel }: FigureCardProps) {
  const translate = useTranslate()
  let shown: ReactNode
  if (figure === undefined) shown = <Skeleton width={64} aria-label={translate("ra.page.loading")} />
  else if (figure === null) shown = <span title={translate("ocop.dashboard.unavailable")}>—</span>
  else shown = figure
  return (
    <Card sx={{ flex: 1, minWidth: 220 }} component="section" aria-label={translate(title)}>
      <CardContent sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Box sx={{ color: "primary.main", "& svg": { fontSize: 48 } }} aria-hidden>
          {icon}
        </Box>
        <Box>
          <Typography color="text.secondary" component="h2" variant="subtitle1">
            {translate(title)}
          </Typography>
          <Typography variant="h4" component="p" sx={{ fontVariantNumeric: "tabular-nums" }}>
            {shown}
          </Typography>
          {detail ? (
            <Typography variant="body2" color="text.secondary">
              {detail}
            </Typography>
          ) : null}
        </Box>
      </CardContent>
      {to && linkLabel ? (
        <CardActions>
          <Button to={to} label={linkLabel} />
        </CardActions>
      ) : null}
    </Card>
  )
}
