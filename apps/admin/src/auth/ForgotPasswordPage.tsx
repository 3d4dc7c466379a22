import LockResetIcon from "@mui/icons-material/LockReset"
import { Alert, Link, Typography } from "@mui/material"
import { passwordResetRequestSchema } from "@ocop/domain"
import { useState } from "react"
import { Form, SaveButton, TextInput, useDataProvider, useTranslate } from "react-admin"
import { AcceptInviteCard } from "../common/AcceptInviteCard"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"
import type { OcopDataProvider } from "../providers/data-provider"

/**
 * `#/forgot-password`, linked from the sign-in page: asks for a reset link. The answer is the same
 * whether or not the address has an account, so nobody learns which addresses do.
 */
export function ForgotPasswordPage() {
  const translate = useTranslate()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const locale = useDomainLocale()
  const [sent, setSent] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.password_reset.${key}`, options)

  const submit = async (values: Record<string, unknown>) => {
    const { email } = passwordResetRequestSchema.parse(values)
    setProblem(null)
    try {
      await dataProvider.requestPasswordReset(email)
      setSent(email)
    } catch (error) {
      setProblem(translate((error as Error).message || "ra.notification.http_error"))
    }
  }

  return (
    <AcceptInviteCard icon={<LockResetIcon />} title={t("forgot_title")} maxWidth={460}>
      {sent ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t("sent", { email: sent })}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t("forgot_help")}
          </Typography>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {problem}
            </Alert>
          ) : null}
          <Form onSubmit={submit} validate={zodFormValidator(passwordResetRequestSchema, locale)}>
            <TextInput source="email" label="ocop.password_reset.email" autoComplete="username" fullWidth />
            <SaveButton label="ocop.password_reset.send" icon={<LockResetIcon />} alwaysEnable fullWidth />
          </Form>
        </>
      )}
      <Typography align="center" sx={{ mt: 2 }}>
        <Link href="#/login">{t("back_to_login")}</Link>
      </Typography>
    </AcceptInviteCard>
  )
}
