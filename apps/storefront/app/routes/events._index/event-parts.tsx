import { eventDaysText, type StoreEvent } from "@ocop/domain"
import { useLocale, type Locale } from "~/i18n"

/** Words of the event pages; events are issue 15's and keep their texts beside their routes. */
export const EVENT_TEXTS = {
  vi: {
    title: "Sự kiện xúc tiến thương mại",
    description:
      "Hội chợ, tuần lễ OCOP và hội nghị kết nối cung – cầu nơi các chủ thể OCOP Lào Cai giới thiệu và bán sản phẩm.",
    empty: "Chưa có sự kiện nào. Mời bạn quay lại sau.",
    running: "Đang diễn ra",
    coming: "Sắp diễn ra",
    past: "Đã diễn ra",
    when: "Thời gian",
    where: "Địa điểm",
    organiser: "Đơn vị tổ chức",
    details: "Xem chi tiết",
    participants: "Chủ thể tham gia",
    noParticipants: "Danh sách chủ thể tham gia sẽ được cập nhật.",
    booth: "Gian hàng",
    events: "Sự kiện",
    prices: "Giá sự kiện khi mua trực tuyến",
    pricesNote: "Áp dụng từ %s.",
  },
  en: {
    title: "Trade-promotion events",
    description: "Fairs, OCOP weeks and supply–demand conferences where Lào Cai's OCOP producers show and sell.",
    empty: "No events yet. Please come back later.",
    running: "On now",
    coming: "Coming",
    past: "Past",
    when: "When",
    where: "Where",
    organiser: "Organiser",
    details: "See details",
    participants: "Producers taking part",
    noParticipants: "The list of producers taking part will be published soon.",
    booth: "Booth",
    events: "Events",
    prices: "Event prices online",
    pricesNote: "Valid %s.",
  },
} as const

export const eventName = (event: Pick<StoreEvent, "name" | "name_en">, locale: Locale) =>
  locale === "en" ? event.name_en : event.name

/** "Đang diễn ra" in green, the rest in gold. */
export function TimingBadge({ timing }: { timing: StoreEvent["timing"] }) {
  const text = EVENT_TEXTS[useLocale()]
  return <span className={`open-badge open-badge--${timing === "running" ? "open" : "closed"}`}>{text[timing]}</span>
}

/** Kind, days and venue of an event. */
export function EventFacts({ event }: { event: StoreEvent }) {
  const locale = useLocale()
  const text = EVENT_TEXTS[locale]
  return (
    <dl className="facts">
      <div>
        <dt>{text.when}</dt>
        <dd>{eventDaysText(event)}</dd>
      </div>
      <div>
        <dt>{text.where}</dt>
        <dd>
          {event.venue.address}, {event.venue.province}
        </dd>
      </div>
      <div>
        <dt>{text.organiser}</dt>
        <dd>{event.organiser}</dd>
      </div>
    </dl>
  )
}
