import { redirect, type ActionFunctionArgs } from "@remix-run/node"
import { refuseCrossSite } from "~/utils/same-site.server"
import { customerCookie } from "~/utils/account.server"

/** POST /account/logout: forgets the customer token. */
export async function action({ request }: ActionFunctionArgs) {
  await refuseCrossSite(request)
  return redirect("/", { headers: { "Set-Cookie": await customerCookie.serialize("", { maxAge: 0 }) } })
}

export async function loader() {
  return redirect("/account")
}
