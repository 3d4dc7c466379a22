import { GeneralErrorBoundary } from "~/components/error-page"

/** Catch-all: any unknown URL renders the site's 404 page inside the layout, with status 404. */
export async function loader() {
  throw new Response("Not found", { status: 404 })
}

export default function NotFound() {
  return <GeneralErrorBoundary />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
