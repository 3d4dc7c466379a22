// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { LocaleContext } from "~/i18n"
import { StarBadge } from "./star-badge"

afterEach(cleanup)

describe("StarBadge", () => {
  it.each([3, 4, 5] as const)("draws %i stars after the OCOP mark", (stars) => {
    const { container } = render(<StarBadge stars={stars} />)
    expect(container.querySelectorAll(".star-badge__star")).toHaveLength(stars)
    expect(container.querySelector("text")?.textContent).toBe("OCOP")
  })

  it("is a single image with a Vietnamese label by default", () => {
    render(<StarBadge stars={4} />)
    const badge = screen.getByRole("img")
    expect(badge.getAttribute("aria-label")).toBe("Sản phẩm OCOP 4 sao")
    // The SVG inside is hidden so the stars are not announced one by one.
    expect(badge.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true")
  })

  it("speaks English when the buyer chose English", () => {
    render(
      <LocaleContext.Provider value="en">
        <StarBadge stars={5} />
      </LocaleContext.Provider>,
    )
    expect(screen.getByRole("img", { name: "OCOP product, 5 stars" })).toBeTruthy()
  })

  it("renders identically wherever it is used", () => {
    const a = render(<StarBadge stars={3} />).container.innerHTML
    cleanup()
    const b = render(<StarBadge stars={3} />).container.innerHTML
    expect(a).toBe(b)
  })
})
