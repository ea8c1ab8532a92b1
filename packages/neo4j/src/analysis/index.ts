export { blastInDatabase, type DatabaseBlast, type DatabaseAnalysisOptions } from './blast.js';
export { rankInDatabase, type DatabaseRanking, type RankInDatabaseOptions } from './rank.js';
