export { serviceSharing, type ServiceSharingOptions } from './service-sharing.js';
export { contractedSharing } from './contracted-sharing.js';
export { declaredSharing, declaredDependents } from './declared-sharing.js';
export { effectiveSharing } from './effective-sharing.js';
export { amplification, type AmplificationEntry } from './amplification.js';
export { singlePointsOfFailure, type SinglePointsOfFailureOptions } from './single-points-of-failure.js';
