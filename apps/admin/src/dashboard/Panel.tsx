import { Card, CardContent, Stack, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { useTranslate } from "react-admin"

/** A titled part of the home page, a region screen readers can jump to. */
export function Panel({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  const translate = useTranslate()
  return (
    <Stack spacing={1.5} component="section" aria-label={translate(title)}>
      <Typography variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {help ? (
        <Typography variant="body2" color="text.secondary">
          {translate(help)}
        </Typography>
      ) : null}
      {children}
    </Stack>
  )
}

/** A card with a small heading: a chart or a short list on the home page. */
export function ListCard({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  const translate = useTranslate()
  return (
    <Card sx={{ flex: 1, minWidth: 280 }} component="section" aria-label={translate(title)}>
      <CardContent>
        <Typography color="text.secondary" component="h3" variant="subtitle1" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
        {action}
      </CardContent>
    </Card>
  )
}
