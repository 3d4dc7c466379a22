import { useCallback } from "react"
import { useAuthProvider, useAuthState, useNavigate, usePermissions } from "react-admin"

/**
 * Signs in from an invite page and opens the console. react-admin's `useLogin` is not enough here:
 * the invite page was opened signed out, so the app's cached auth check (`['auth', 'checkAuth', {}]`,
 * run by `requireAuth`) still says "not authenticated", and opening the dashboard would log the new
 * account straight out; the permissions react-admin read at start-up (none) would hide every menu.
 * Re-running both with the same query keys after the login updates the cache first.
 */
export function useSignInAfterInvite() {
  const authProvider = useAuthProvider()
  // Same key as react-admin's own check; disabled so it does not run (and fail) on the invite page.
  const { refetch: recheckAuth } = useAuthState(undefined, false, { enabled: false })
  const { refetch: rereadPermissions } = usePermissions(undefined, { enabled: false })
  const navigate = useNavigate()
  return useCallback(
    async (params: object) => {
      if (!authProvider) throw new Error("ra.auth.sign_in_error")
      await authProvider.login(params)
      await Promise.all([recheckAuth(), rereadPermissions()])
      navigate("/")
    },
    [authProvider, recheckAuth, rereadPermissions, navigate],
  )
}
