import { fireEvent, render, screen } from "@testing-library/react"
import { AdminContext, AutocompleteInput, Form, memoryStore } from "react-admin"
import { describe, expect, it } from "vitest"
import { i18nProvider } from "../i18n/i18n-provider"
import { lightTheme } from "./theme"

function renderPicker() {
  return render(
    <AdminContext i18nProvider={i18nProvider} theme={lightTheme} store={memoryStore()}>
      <Form>
        <AutocompleteInput source="district" choices={[{ id: "sa-pa", name: "Thị xã Sa Pa" }]} />
      </Form>
    </AdminContext>,
  )
}

describe("console theme", () => {
  it('says "no options" in Vietnamese where MUI would say it in English', async () => {
    renderPicker()
    const input = await screen.findByRole("combobox")
    fireEvent.change(input, { target: { value: "Hà Nội" } })
    expect(await screen.findByText("Không có lựa chọn phù hợp")).toBeTruthy()
    expect(screen.queryByText("No options")).toBeNull()
    // react-admin translates the other Autocomplete labels itself (the list is open: "close").
    expect(screen.getByTitle("Đóng")).toBeTruthy()
    expect(screen.queryByTitle("Close")).toBeNull()
  })

  it("follows the switch to English", async () => {
    await i18nProvider.changeLocale("en")
    try {
      renderPicker()
      fireEvent.change(await screen.findByRole("combobox"), { target: { value: "Hanoi" } })
      expect(await screen.findByText("No matching options")).toBeTruthy()
    } finally {
      await i18nProvider.changeLocale("vi")
    }
  })
})
