import { useGetIdentity, useTranslate } from "react-admin"
import { WelcomeCard } from "../common/WelcomeCard"

/** Greets the signed-in officer and says what the console is for. */
export function Welcome() {
  const translate = useTranslate()
  const { identity } = useGetIdentity()
  return (
    <WelcomeCard
      title={`${translate("ocop.dashboard.welcome_title")}${identity?.fullName ? `, ${identity.fullName}` : ""}`}
    >
      {translate("ocop.dashboard.welcome_body")}
    </WelcomeCard>
  )
}
