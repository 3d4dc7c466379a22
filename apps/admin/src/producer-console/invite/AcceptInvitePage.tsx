import KeyIcon from "@mui/icons-material/Key"
import { Alert, Typography } from "@mui/material"
import { fieldErrors, passwordSchema } from "@ocop/domain"
import { useState } from "react"
import { Form, SaveButton, required, useLocation, useNotify, useTranslate } from "react-admin"
import { AcceptInviteCard, NewPasswordInputs } from "../../common/AcceptInviteCard"
import { useDomainLocale } from "../../common/domain-labels"
import { useSignInAfterInvite } from "../../common/use-sign-in-after-invite"

interface InviteForm {
  password?: string
  password_confirm?: string
}

/** The invite token from `#/accept-invite?token=…` (the link the invite email carries). */
export function inviteTokenOf(search: string): string | null {
  const token = new URLSearchParams(search).get("token")
  return token && token.trim() ? token.trim() : null
}

/**
 * Where an invited producer user chooses a password. No sign-in needed: the invite token proves who
 * they are. On success the server returns a login token and the console opens on their dashboard.
 */
export function AcceptInvitePage() {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const signIn = useSignInAfterInvite()
  const notify = useNotify()
  const { search } = useLocation()
  const token = inviteTokenOf(search)
  const [sending, setSending] = useState(false)
  const t = (key: string) => translate(`ocop.producer_console.invite.${key}`)

  const validate = (values: InviteForm) => {
    const errors: Record<string, string> = {}
    const checked = passwordSchema.safeParse(values.password ?? "")
    if (!checked.success) errors.password = fieldErrors(checked.error, locale)[""] ?? t("password_help")
    if (values.password_confirm !== values.password) errors.password_confirm = t("mismatch")
    return errors
  }

  const submit = async (values: InviteForm) => {
    if (!token) return
    setSending(true)
    try {
      await signIn({ invite_token: token, password: values.password ?? "" })
      notify("ocop.producer_console.invite.done", { type: "info" })
    } catch (error) {
      const message = (error as Error).message || "ra.auth.sign_in_error"
      notify(message, { type: "error", messageArgs: { _: message } })
    } finally {
      setSending(false)
    }
  }

  return (
    <AcceptInviteCard icon={<KeyIcon />} title={t("title")} maxWidth={440}>
      {token ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t("help")}
          </Typography>
          <Form onSubmit={(values: Record<string, unknown>) => submit(values as InviteForm)} validate={validate}>
            <NewPasswordInputs messages="ocop.producer_console.invite" validate={required()} />
            <SaveButton
              label="ocop.producer_console.invite.submit"
              icon={<KeyIcon />}
              disabled={sending}
              alwaysEnable={!sending}
              fullWidth
            />
          </Form>
        </>
      ) : (
        <Alert severity="error">{t("missing_token")}</Alert>
      )}
    </AcceptInviteCard>
  )
}
