import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-page";
import { translate, useT } from "~/i18n";
import { seoMeta, rootDataFromMatches } from "~/utils/seo";

export const meta: MetaFunction = ({ matches }) => {
  const { locale = "vi" } = rootDataFromMatches(matches);
  return seoMeta({
    title: `${translate(locale, "cart.title")} – OCOP Lào Cai`,
    description: translate(locale, "cart.empty"),
    path: "/cart",
    matches,
    noIndex: true,
  });
};

/**
 * POST /cart: the product page's add-to-cart form lands here. Checkout is a later issue, so for
 * now the buyer is told it is coming instead of meeting a dead button.
 */
export async function action() {
  return { comingSoon: true as const };
}

export default function CartPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  return (
    <section className="container page narrow">
      <h1>{t("cart.title")}</h1>
      {actionData?.comingSoon ? (
        <p className="notice notice--info" role="status">
          {t("cart.comingSoon")}
        </p>
      ) : null}
      <p>{t("cart.empty")}</p>
      <Link to="/products" className="button button--primary">
        {t("cart.continue")}
      </Link>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
