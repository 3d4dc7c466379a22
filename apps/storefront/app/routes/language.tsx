import type { ActionFunctionArgs } from "@remix-run/node"
import { refuseCrossSite } from "~/utils/same-site.server"
import { redirect } from "@remix-run/node"
import { switchLanguage } from "~/i18n/locale.server"

/** POST /language: the no-JS language switch (sets the `lang` cookie, redirects back). */
export async function action({ request }: ActionFunctionArgs) {
  await refuseCrossSite(request)
  return switchLanguage(request)
}

/** A GET here (e.g. a bookmarked form URL) just goes home. */
export async function loader() {
  return redirect("/")
}
