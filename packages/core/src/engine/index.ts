export { createEngine, createSnapshotEngine, type Engine, type SnapshotEngine } from './engine.js';
