import { Link, useLocation } from "@remix-run/react"
import { useEffect, useRef, useState } from "react"
import { useT } from "~/i18n"
import type { MiniCart as MiniCartData } from "~/utils/mini-cart"

function CartIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path
        d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9.5" cy="20" r="1.4" fill="currentColor" />
      <circle cx="17" cy="20" r="1.4" fill="currentColor" />
    </svg>
  )
}

/**
 * The header's cart. Without JavaScript (and until hydration) a plain link to /cart; with it, a
 * disclosure button that opens a panel listing the lines, the subtotal and links to cart and checkout.
 * Escape, a click elsewhere or a navigation closes it.
 */
export function MiniCart({ cart }: { cart: MiniCartData }) {
  const t = useT()
  const { pathname } = useLocation()
  const [enhanced, setEnhanced] = useState(false)
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => setEnhanced(true), [])
  useEffect(() => setOpen(false), [pathname, cart.count])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener("keydown", onKey)
    document.addEventListener("pointerdown", onPointer)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("pointerdown", onPointer)
    }
  }, [open])

  const label = t("nav.cartCount", { count: cart.count })
  const face = (
    <>
      <CartIcon />
      <span className="cart-link__label">{t("nav.cart")}</span>
      <span className="cart-link__count">{cart.count}</span>
    </>
  )
  if (!enhanced) {
    return (
      <Link to="/cart" className="cart-link" aria-label={label}>
        {face}
      </Link>
    )
  }
  return (
    <div className="mini-cart" ref={root}>
      <button
        ref={button}
        type="button"
        className="cart-link"
        aria-label={label}
        aria-expanded={open}
        aria-controls="mini-cart-panel"
        onClick={() => setOpen((value) => !value)}
      >
        {face}
      </button>
      <div id="mini-cart-panel" className="mini-cart__panel" hidden={!open} role="region" aria-label={t("nav.cart")}>
        {cart.lines.length === 0 ? (
          <p>{t("cart.empty")}</p>
        ) : (
          <>
            <ul className="mini-cart__lines">
              {cart.lines.map((line) => (
                <li key={line.id}>
                  <span>
                    {line.quantity} × {line.title}
                    {line.variant_title ? ` (${line.variant_title})` : ""}
                  </span>
                  <span className="mini-cart__amount">{line.total}</span>
                </li>
              ))}
            </ul>
            <p className="mini-cart__subtotal">
              <span>{t("miniCart.subtotal")}</span>
              <strong data-testid="mini-cart-subtotal">{cart.subtotal}</strong>
            </p>
          </>
        )}
        <div className="mini-cart__actions">
          <Link to="/cart" className="button">
            {t("miniCart.viewCart")}
          </Link>
          {cart.lines.length > 0 ? (
            <Link to="/checkout" className="button button--primary">
              {t("miniCart.checkout")}
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  )
}
