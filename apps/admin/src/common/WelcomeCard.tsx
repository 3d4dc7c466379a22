import { Card, CardContent, Typography } from "@mui/material"
import type { ReactNode } from "react"

/** The greeting at the top of a home page (the office's and a producer's alike): a heading and a line on what to do here. */
export function WelcomeCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Card
      sx={{
        background: (theme) =>
          `linear-gradient(45deg, ${theme.palette.primary.dark} 0%, ${theme.palette.primary.main} 100%)`,
        color: "primary.contrastText",
      }}
    >
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        <Typography variant="body1">{children}</Typography>
      </CardContent>
    </Card>
  )
}
