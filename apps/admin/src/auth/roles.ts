/** Console roles, stored in the Medusa user's `metadata.role`. Later issues add more. */
export const ROLES = ['admin', 'ocop_office', 'trade_promotion'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may change the OCOP register (producers, certificates, inspections): the OCOP office
 * (Chi cục Phát triển nông thôn) keeps it; trade-promotion staff only read it.
 */
export function canEditRegister(role: unknown): boolean {
    return role === 'admin' || role === 'ocop_office';
}
