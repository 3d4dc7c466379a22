import VerifiedIcon from "@mui/icons-material/Verified"
import { Link, Typography } from "@mui/material"
import { email, Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from "react-admin"

const validateEmail = [required(), email()]
const validatePassword = [required()]

/**
 * Sign-in with an email (react-admin's default form asks for a "username"). Staff and producers'
 * users share this page; the auth provider finds out which one signs in.
 */
export function LoginPage() {
  const translate = useTranslate()
  return (
    <Login avatarIcon={<VerifiedIcon />}>
      <Typography variant="h5" component="h1" align="center" sx={{ mt: 1 }}>
        {translate("ocop.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" align="center" sx={{ px: 2 }}>
        {translate("ocop.login.subtitle")}
      </Typography>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="ra.auth.email"
          autoComplete="username"
          validate={validateEmail}
          fullWidth
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={validatePassword}
          fullWidth
        />
      </LoginForm>
      <Typography variant="body2" align="center" sx={{ px: 2, pb: 1 }}>
        <Link href="#/forgot-password">{translate("ocop.password_reset.forgot_link")}</Link>
      </Typography>
      <Typography variant="body2" color="text.secondary" align="center" sx={{ px: 2, pb: 2 }}>
        {translate("ocop.producer_console.login_hint")}
      </Typography>
    </Login>
  )
}
