/** Events our certification workflows emit, for subscribers and notifications. */
export const OcopCertificationEvents = {
  EXPIRED: "ocop.certification.expired",
  REVOKED: "ocop.certification.revoked",
} as const
