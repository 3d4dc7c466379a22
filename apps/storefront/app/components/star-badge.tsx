import { useT } from "~/i18n"

export type StarBadgeProps = {
  stars: 3 | 4 | 5
  size?: "sm" | "md" | "lg"
  className?: string
}

const STAR_PATH = "M8 0.8l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 11.8l-4.3 2.4.9-4.9L1 5.9l4.9-.6z"
const EMBLEM_WIDTH = 26
const STAR_STEP = 17

/**
 * The OCOP star badge: the OCOP mark followed by 3, 4 or 5 stars. It is one image to assistive
 * technology ("Sản phẩm OCOP 4 sao"), so screen readers never read five separate stars, and it
 * looks the same on cards, product pages and the certificate check.
 */
export function StarBadge({ stars, size = "md", className }: StarBadgeProps) {
  const t = useT()
  const width = EMBLEM_WIDTH + stars * STAR_STEP + 2
  return (
    <span
      role="img"
      aria-label={t("stars.aria", { stars })}
      className={["star-badge", `star-badge--${size}`, className].filter(Boolean).join(" ")}
      data-stars={stars}
    >
      <svg viewBox={`0 0 ${width} 24`} width={width} height={24} aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="11.5" fill="#b3261e" />
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="#f6c343" strokeWidth="1" />
        <text
          x="12"
          y="14.6"
          textAnchor="middle"
          fontSize="7"
          fontWeight="700"
          fontFamily="system-ui, sans-serif"
          fill="#fff"
          letterSpacing="-0.2"
        >
          OCOP
        </text>
        {Array.from({ length: stars }, (_, index) => (
          <path
            key={index}
            d={STAR_PATH}
            transform={`translate(${EMBLEM_WIDTH + index * STAR_STEP} 4.5)`}
            fill="#e8a317"
            stroke="#9a6a00"
            strokeWidth="0.6"
            className="star-badge__star"
          />
        ))}
      </svg>
    </span>
  )
}
