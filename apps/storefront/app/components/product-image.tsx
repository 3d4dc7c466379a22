/**
 * An image with fixed intrinsic size so the box is reserved before it loads (no layout shift),
 * lazy by default, and a neutral placeholder when the product has no photo.
 */
export function ProductImage({
  src,
  alt,
  width,
  height,
  eager = false,
}: {
  src: string | null | undefined
  alt: string
  width: number
  height: number
  eager?: boolean
}) {
  if (!src) {
    return (
      <div className="image-placeholder" role={alt ? "img" : undefined} aria-label={alt || undefined}>
        <svg viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
          <path
            d="M4 5h16v14H4z M4 15l4-4 4 4 3-3 5 5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
      </div>
    )
  }
  return <img src={src} alt={alt} width={width} height={height} loading={eager ? "eager" : "lazy"} decoding="async" />
}
