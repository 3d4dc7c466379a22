import { describe, expect, it } from 'vitest'
import * as domain from './index'

// The apps code against these names; renaming one must fail here, not in three other builds.
const PUBLIC_NAMES = [
  'STAR_LEVELS',
  'CERTIFIED_STAR_LEVELS',
  'SCORE_BANDS',
  'starLevelForScore',
  'scoreFitsStarLevel',
  'isCertifiedStarLevel',
  'ISSUING_LEVELS',
  'allowedIssuingLevels',
  'PRODUCT_GROUPS',
  'PRODUCT_GROUP_CODES',
  'productGroupName',
  'ORIGIN_DISTRICTS',
  'DISTRICT_CODES',
  'districtName',
  'POINT_OF_SALE_DISTRICTS',
  'PRODUCER_KINDS',
  'PRODUCER_KIND_CODES',
  'producerKindName',
  'PRODUCER_STATUSES',
  'CERTIFICATE_VALIDITY_MONTHS',
  'defaultValidUntil',
  'certificateStatus',
  'isInForce',
  'daysUntilExpiry',
  'isExpiringSoon',
  'formatVnd',
  'parseVnd',
  'formatMoney',
  'addVat',
  'isWholeDong',
  'splitVat',
  'foldVietnamese',
  'searchTokens',
  'matchesSearch',
  'isVietnamesePhone',
  'normalizeVietnamesePhone',
  'formatDateVi',
  'parseDateVi',
  'toIsoDate',
  'ERROR_MESSAGES',
  'domainMessage',
  'fieldErrors',
  'starLevelSchema',
  'scoreSchema',
  'productGroupSchema',
  'districtSchema',
  'producerKindSchema',
  'producerStatusSchema',
  'vietnamesePhoneSchema',
  'handleSchema',
  'vndAmountSchema',
  'isoDateSchema',
  'producerInputSchema',
  'producerUpdateSchema',
  'certificationInputSchema',
  'revocationInputSchema',
  'inspectionInputSchema',
  'catalogueQuerySchema',
] as const

describe('public API', () => {
  it.each(PUBLIC_NAMES)('exports %s', (name) => {
    expect(domain[name]).toBeDefined()
  })

  it('keeps the literal lists the apps rely on', () => {
    expect(domain.STAR_LEVELS).toEqual([1, 2, 3, 4, 5])
    expect(domain.CERTIFIED_STAR_LEVELS).toEqual([3, 4, 5])
    expect(domain.ISSUING_LEVELS).toEqual(['provincial', 'national'])
    expect(domain.POINT_OF_SALE_DISTRICTS).toEqual(['sa-pa', 'bac-ha', 'lao-cai-city'])
  })
})
