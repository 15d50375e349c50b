/** Public API of the risk model: pure TypeScript, no DOM, ids only (labels live in the i18n dictionary). */
export * from './factors';
export * from './weights';
export { levelFor } from './levelFor';
export { scoreRisk, type DimensionScores, type Recommendation, type RiskResult } from './scoreRisk';
export { MAX_IGNORED_VALUE_LENGTH, type CollectedAnswers, type Ignored } from './collectAnswers';
export { hasAnswerParams, parseAnswers, serializeAnswers } from './shareUrl';
export { decodeStored, encodeStored, STORAGE_KEY, type DecodedAnswers } from './storedAnswers';
