/** Data in the cloud: classifying assets and sizing what they produce. */
export { DATA_EXAMPLES, classify } from './catalogue';
export type { DataExample, Structure, Sensitivity } from './catalogue';
export { dailyVolumeGB, velocity, roundTo, BYTES_PER_GB } from './volume';
export type { IngestProfile } from './volume';
