import { Avatar, Box, Card, CardContent, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { PasswordInput, type Validator } from "react-admin"

/**
 * The page an invite link opens, before anyone is signed in: a card alone on the screen with the
 * invitation's icon and title. Staff and producer invites look alike, so people recognise them.
 */
export function AcceptInviteCard({
  icon,
  title,
  maxWidth,
  children,
}: {
  icon: ReactNode
  title: string
  maxWidth: number
  children: ReactNode
}) {
  return (
    <Box
      component="main"
      sx={{
        minHeight: "100vh",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        bgcolor: "background.default",
        p: 2,
      }}
    >
      <Card sx={{ maxWidth, width: "100%" }}>
        <CardContent>
          <Box sx={{ display: "flex", justifyContent: "center", mb: 1 }}>
            <Avatar sx={{ bgcolor: "secondary.main" }}>{icon}</Avatar>
          </Box>
          <Typography variant="h5" component="h1" align="center" gutterBottom>
            {title}
          </Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  )
}

/**
 * A new password typed twice (`password`, `password_confirm`), with the browser told it is new so
 * password managers offer to generate and save it. `messages` is the translation prefix holding
 * `password`, `password_help` and `password_confirm`.
 */
export function NewPasswordInputs({ messages, validate }: { messages: string; validate?: Validator }) {
  return (
    <>
      <PasswordInput
        source="password"
        label={`${messages}.password`}
        helperText={`${messages}.password_help`}
        autoComplete="new-password"
        validate={validate}
        fullWidth
      />
      <PasswordInput
        source="password_confirm"
        label={`${messages}.password_confirm`}
        autoComplete="new-password"
        validate={validate}
        fullWidth
      />
    </>
  )
}
