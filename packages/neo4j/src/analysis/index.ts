export {
  blastInDatabase,
  blastBoundsInDatabase,
  type DatabaseBlast,
  type DatabaseBlastBounds,
  type BlastBounds,
  type DatabaseAnalysisOptions,
} from './blast.js';
export {
  rankInDatabase,
  rankBoundsInDatabase,
  type DatabaseRanking,
  type DatabaseRankingBounds,
  type BoundedRankEntry,
  type RankInDatabaseOptions,
} from './rank.js';
export { hasPossibleEdgesInDatabase } from './possible-edges.js';
