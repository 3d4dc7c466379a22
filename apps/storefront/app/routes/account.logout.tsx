import { redirect } from "@remix-run/node"
import { customerCookie } from "~/utils/account.server"

/** POST /account/logout: forgets the customer token. */
export async function action() {
  return redirect("/", { headers: { "Set-Cookie": await customerCookie.serialize("", { maxAge: 0 }) } })
}

export async function loader() {
  return redirect("/account")
}
