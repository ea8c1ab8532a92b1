export { histogram, histogramLinks, histogramNodes, type Histogram } from './histogram.js';
export { SERVICE_BINS, SUPPLIER_BINS, binHistogram, binLabel, type Bin, type BinCount } from './study-bins.js';
export { sharingDistribution, type SharingDistribution } from './sharing-distribution.js';
export { categoryUsage, type CategoryUsageOptions } from './category-usage.js';
export { organisationCounts, type OrganisationCounts } from './organisation-counts.js';
export {
  marketConcentration,
  summariseMarket,
  type MarketConcentration,
  type MarketConcentrationOptions,
} from './market-concentration.js';
export { countryShares, countryCounts, type CountrySharesOptions } from './country-shares.js';
export { eeaShare } from './eea-share.js';
export { suppliersByCountry } from './supplier-countries.js';
export { jurisdictionExposure, type ExposedShare, type JurisdictionExposure } from './jurisdiction-exposure.js';
export { ownershipGroups, type OwnershipGroup } from './ownership-groups.js';
export { singleProviderServices } from './single-provider-services.js';
export {
  falseRedundancy,
  snapshotFalseRedundancy,
  type LabelledEdge,
  FALSE_REDUNDANCY_CAUSES,
  type FalseRedundancyCause,
  type FalseRedundancyFinding,
  type FalseRedundancyOptions,
} from './false-redundancy.js';
export {
  concentrationBounds,
  engineConcentrationBounds,
  type BoundedCount,
  type ConcentrationBounds,
  type SupplierConcentrationBounds,
} from './concentration-bounds.js';
