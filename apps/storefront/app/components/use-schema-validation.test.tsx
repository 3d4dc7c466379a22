// @vitest-environment jsdom
import { vietnamAddressSchema } from "@ocop/domain"
import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { LocaleContext } from "~/i18n"
import { useSchemaValidation } from "./use-schema-validation"

afterEach(cleanup)

function AddressForm({ serverErrors = {}, onSent }: { serverErrors?: Record<string, string>; onSent: () => void }) {
  const { errors, onSubmit } = useSchemaValidation(vietnamAddressSchema, serverErrors)
  return (
    <form
      onSubmit={(event) => {
        onSubmit(event)
        if (!event.defaultPrevented) {
          event.preventDefault()
          onSent()
        }
      }}
    >
      <input name="full_name" defaultValue="Nguyễn Thị Mai" />
      <input name="phone" defaultValue="12345" aria-invalid={errors.phone ? true : undefined} />
      <input name="province" defaultValue="Lào Cai" />
      <input name="commune" defaultValue="Phường Sa Pa" />
      <input name="street" defaultValue="12 Cầu Mây" />
      <p data-testid="phone-error">{errors.phone ?? ""}</p>
      <p data-testid="street-error">{errors.street ?? ""}</p>
      <button type="submit">send</button>
    </form>
  )
}

describe("useSchemaValidation", () => {
  it("stops a form the domain schema refuses and shows its message in the buyer's language", () => {
    const sent = vi.fn()
    render(
      <LocaleContext.Provider value="en">
        <AddressForm onSent={sent} />
      </LocaleContext.Provider>,
    )
    fireEvent.click(screen.getByRole("button", { name: "send" }))
    expect(sent).not.toHaveBeenCalled()
    expect(screen.getByTestId("phone-error").textContent).toMatch(/Invalid phone number/)
    expect(screen.getByTestId("street-error").textContent).toBe("")
  })

  it("lets a valid form through and then shows what the server said", () => {
    const sent = vi.fn()
    render(<AddressForm onSent={sent} serverErrors={{ street: "Máy chủ từ chối" }} />)
    const phone = document.querySelector<HTMLInputElement>('input[name="phone"]')!
    fireEvent.change(phone, { target: { value: "0912345678" } })
    fireEvent.click(screen.getByRole("button", { name: "send" }))
    expect(sent).toHaveBeenCalledOnce()
    expect(screen.getByTestId("street-error").textContent).toBe("Máy chủ từ chối")
  })
})
