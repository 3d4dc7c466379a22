import { PRODUCER_ROUTES, STORE_WRITE_ROUTES, type RouteLine } from "./actor-routes"
import {
  ADMIN_ROUTE_AREAS,
  ADMIN_ROUTES_FOR_ANY_STAFF,
  ADMIN_ROUTES_WITHOUT_STAFF,
  CLOSED_ADMIN_ROUTES,
} from "./admin-routes"
import { STAFF_AREAS, STAFF_PERMISSIONS, STAFF_ROLES, type StaffArea } from "./staff-roles"

const ACCESS_WORDS = { none: "—", read: "read", write: "read, write" } as const

function roleTable(): string[] {
  const rows = STAFF_ROLES.map((role) => {
    const line: Partial<Record<StaffArea, keyof typeof ACCESS_WORDS>> = STAFF_PERMISSIONS[role]
    return `| \`${role}\` | ${STAFF_AREAS.map((area) => ACCESS_WORDS[line[area] ?? "none"]).join(" | ")} |`
  })
  return [`| role | ${STAFF_AREAS.join(" | ")} |`, `|---|${STAFF_AREAS.map(() => "---").join("|")}|`, ...rows]
}

function adminRouteTable(): string[] {
  const rows = [...ADMIN_ROUTE_AREAS]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([prefix, area, most]) => {
      const through =
        area === "administrators"
          ? "administrators only"
          : most === "read"
            ? "read only"
            : typeof most === "object"
              ? `reads: the role's access; writes: ${most.writes}`
              : "the role's access"
      return `| \`${prefix}\` | ${area} | ${through} |`
    })
  return [
    "| admin route prefix | area | access through it |",
    "|---|---|---|",
    ...rows,
    "| anything else under `/admin` | — | administrators only |",
  ]
}

function specialRouteTable(): string[] {
  return [
    "| route | who |",
    "|---|---|",
    ...ADMIN_ROUTES_FOR_ANY_STAFF.map(
      ([m, p]) => `| \`${m} ${p}\` | any signed-in staff member, with or without a role |`,
    ),
    ...ADMIN_ROUTES_WITHOUT_STAFF.map(
      ([m, p]) => `| \`${m} ${p}\` | no staff sign-in (the route checks its own token) |`,
    ),
    ...CLOSED_ADMIN_ROUTES.map(([m, p]) => `| ${m === "*" ? "every method of" : "every write to"} \`${p}\` | nobody |`),
  ]
}

const routeList = (title: string, lines: readonly RouteLine[]) => [
  `| ${title} |`,
  "|---|",
  ...lines.map(([m, p]) => `| \`${m} ${p}\` |`),
]

/**
 * The tables of docs/security.md, printed from the code; a test checks the document holds exactly
 * this text, so the document cannot drift from what the backend enforces.
 */
export function accessTablesMarkdown(): string {
  return [
    ...roleTable(),
    "",
    ...adminRouteTable(),
    "",
    ...specialRouteTable(),
    "",
    ...routeList("producer routes (everything else under `/producer` is refused)", PRODUCER_ROUTES),
    "",
    ...routeList("store writes (every other non-reading method under `/store` is refused)", STORE_WRITE_ROUTES),
  ].join("\n")
}
