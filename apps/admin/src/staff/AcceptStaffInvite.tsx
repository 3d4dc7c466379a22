import HowToRegIcon from "@mui/icons-material/HowToReg"
import { Alert, Typography } from "@mui/material"
import { staffInviteAcceptFormSchema } from "@ocop/domain"
import { useState } from "react"
import { Form, SaveButton, TextInput, useDataProvider, useLocation, useNotify, useTranslate } from "react-admin"
import { AcceptInviteCard, NewPasswordInputs } from "../common/AcceptInviteCard"
import { useDomainLocale } from "../common/domain-labels"
import { zodFormValidator } from "../common/zod-validator"
import type { OcopDataProvider } from "../providers/data-provider"
import { useSignInAfterInvite } from "../common/use-sign-in-after-invite"

/**
 * The token of `#/staff-invite?token=…&email=…` and the email it was issued for (read, not verified:
 * the server does that). Links sent before decision 018 carry Medusa's JWT, whose payload names the email.
 */
export function staffInviteOf(search: string): { token: string; email: string | null } | null {
  const params = new URLSearchParams(search)
  const token = params.get("token")?.trim()
  if (!token) return null
  const email = params.get("email")?.trim()
  if (email) return { token, email }
  try {
    const payload = token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")
    const email = (JSON.parse(atob(payload)) as { email?: unknown }).email
    return { token, email: typeof email === "string" ? email : null }
  } catch {
    return { token, email: null }
  }
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

interface AcceptForm {
  last_name?: string
  first_name?: string
  password?: string
  password_confirm?: string
}

/**
 * Where an invited staff member chooses their name and password (decision 011). No sign-in needed:
 * the invite token proves the invitation; the account is created with the role the administrator
 * chose, then the person is signed in.
 */
export function AcceptStaffInvite() {
  const translate = useTranslate()
  const locale = useDomainLocale()
  const dataProvider = useDataProvider<OcopDataProvider>()
  const signIn = useSignInAfterInvite()
  const notify = useNotify()
  const { search } = useLocation()
  const invite = staffInviteOf(search)
  const [problem, setProblem] = useState<string | null>(null)
  const t = (key: string, options?: Record<string, unknown>) => translate(`ocop.staff_accounts.accept.${key}`, options)
  const checkFields = zodFormValidator(staffInviteAcceptFormSchema, locale)

  const validate = (values: AcceptForm) => {
    const errors: Record<string, unknown> = checkFields(values as Record<string, unknown>)
    if (values.password_confirm !== values.password) errors.password_confirm = t("mismatch")
    return errors
  }

  const submit = async (values: AcceptForm) => {
    if (!invite?.email) return
    setProblem(null)
    const password = values.password ?? ""
    try {
      await dataProvider.acceptStaffInvite({
        token: invite.token,
        email: invite.email,
        password,
        first_name: values.first_name ?? "",
        last_name: values.last_name ?? "",
      })
    } catch (error) {
      const serverErrors = (error as { body?: { errors?: Record<string, string> } }).body?.errors
      setProblem(
        statusOf(error) === 401
          ? t("existing_login")
          : (serverErrors && Object.values(serverErrors)[0]) ||
              (error as Error).message ||
              translate("ra.notification.http_error"),
      )
      return
    }
    notify("ocop.staff_accounts.accept.done", { type: "success" })
    await signIn({ email: invite.email, password })
  }

  return (
    <AcceptInviteCard icon={<HowToRegIcon />} title={t("title")} maxWidth={460}>
      {invite?.email ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t("help", { email: invite.email })}
          </Typography>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {problem}
            </Alert>
          ) : null}
          <Form onSubmit={(values: Record<string, unknown>) => submit(values as AcceptForm)} validate={validate}>
            <TextInput
              source="last_name"
              label="ocop.staff_accounts.accept.last_name"
              autoComplete="family-name"
              fullWidth
            />
            <TextInput
              source="first_name"
              label="ocop.staff_accounts.accept.first_name"
              autoComplete="given-name"
              fullWidth
            />
            <NewPasswordInputs messages="ocop.staff_accounts.accept" />
            <SaveButton label="ocop.staff_accounts.accept.submit" icon={<HowToRegIcon />} alwaysEnable fullWidth />
          </Form>
        </>
      ) : (
        <Alert severity="error">{t("missing_token")}</Alert>
      )}
    </AcceptInviteCard>
  )
}
