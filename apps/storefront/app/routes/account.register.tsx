import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { accountRegisterSchema, fieldErrors } from "@ocop/domain";
import { AccountForm } from "~/components/account-form";
import { GeneralErrorBoundary } from "~/components/error-page";
import { translate, useT } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import checkoutStyles from "~/styles/checkout.css?url";
import { customerCookie, customerToken, registerCustomer } from "~/utils/account.server";
import { fromBackend } from "~/utils/medusa.server";
import { rootDataFromMatches, seoMeta } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkoutStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches);
  return seoMeta({ title: `${translate(locale, "account.registerTitle")} – OCOP Lào Cai`, description: "", path: "/account/register", matches, noIndex: true });
};

export async function loader({ request }: LoaderFunctionArgs) {
  if (await customerToken(request)) throw redirect("/account");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const values = Object.fromEntries([...(await request.formData()).entries()].map(([k, v]) => [k, String(v)]));
  const parsed = accountRegisterSchema.safeParse(values);
  const shown = { email: values.email ?? "", full_name: values.full_name ?? "" };
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), values: shown }, 400);
  const result = await fromBackend(() => registerCustomer(parsed.data));
  if (!result.ok) return data({ errors: { "": translate(locale, "account.taken") }, values: shown }, 400);
  return redirect("/account", { headers: { "Set-Cookie": await customerCookie.serialize(result.token) } });
}

export default function RegisterPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  return (
    <section className="container page narrow">
      <h1>{t("account.registerTitle")}</h1>
      <AccountForm mode="register" values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} />
      <p>
        <Link to="/account/login">{t("account.haveAccount")}</Link>
      </p>
      <p className="muted">{t("account.guestNote")}</p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
