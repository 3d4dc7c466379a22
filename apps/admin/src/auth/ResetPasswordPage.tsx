import LockResetIcon from "@mui/icons-material/LockReset"
import { Alert, Link, Typography } from "@mui/material"
import { passwordResetSchema } from "@ocop/domain"
import { useState } from "react"
import { Form, SaveButton, useDataProvider, useLocation, useNotify, useRedirect, useTranslate } from "react-admin"
import { AcceptInviteCard, NewPasswordInputs } from "../common/AcceptInviteCard"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"
import type { OcopDataProvider } from "../providers/data-provider"
import type { ConsoleActor } from "../providers/password-reset"

/** The link's one-time token and the e-mail it was sent to (`?token=…&email=…`), or null. */
export function resetLinkOf(search: string): { token: string; email: string } | null {
  const params = new URLSearchParams(search)
  const token = params.get("token")?.trim()
  const email = params.get("email")?.trim()
  return token && email ? { token, email } : null
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/**
 * Where a reset mail's link lands: `#/reset-password` for staff, `#/producer-reset-password` for a
 * producer's user (apps/backend src/notifications/links.ts). The token is sent once, to Medusa,
 * which checks and consumes it; the page keeps it only in memory.
 */
export function ResetPasswordPage({ actor }: { actor: ConsoleActor }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const notify = useNotify()
  const redirect = useRedirect()
  const locale = useDomainLocale()
  const { search } = useLocation()
  const link = resetLinkOf(search)
  const [problem, setProblem] = useState<{ text: string; expired: boolean } | null>(null)
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.password_reset.${key}`, options)

  const submit = async (values: Record<string, unknown>) => {
    if (!link) return
    setProblem(null)
    const { password } = passwordResetSchema.parse(values)
    try {
      await dataProvider.resetPassword({ actor, token: link.token, email: link.email, password })
    } catch (error) {
      const status = statusOf(error)
      setProblem(
        status === 401
          ? { text: t("expired"), expired: true }
          : { text: translate((error as Error).message || "ra.notification.http_error"), expired: false },
      )
      return
    }
    notify("ocop.password_reset.done", { type: "success" })
    redirect("/login")
  }

  return (
    <AcceptInviteCard icon={<LockResetIcon />} title={t("title")} maxWidth={460}>
      {link ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t("help", { email: link.email })}
          </Typography>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {problem.text}
            </Alert>
          ) : null}
          <Form onSubmit={submit} validate={zodFormValidator(passwordResetSchema, locale)}>
            <NewPasswordInputs messages="ocop.password_reset" />
            <SaveButton label="ocop.password_reset.submit" icon={<LockResetIcon />} alwaysEnable fullWidth />
          </Form>
        </>
      ) : (
        <Alert severity="error" role="alert">
          {t("missing_token")}
        </Alert>
      )}
      {!link || problem?.expired ? (
        <Typography align="center" sx={{ mt: 2 }}>
          <Link href="#/forgot-password">{t("ask_again")}</Link>
        </Typography>
      ) : null}
    </AcceptInviteCard>
  )
}
