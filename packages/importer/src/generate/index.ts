export { writeGeneratedFolder, type GenerateProgress } from './write-generated.js';
