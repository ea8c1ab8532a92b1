/** The viewer on one graph, served read-only over HTTP (`kedja serve`, `kedja demo`). */
export { DEFAULT_PORT, serveGraph, type ServeOptions } from './serve-graph.js';
export {
  createViewerServer,
  listStaticFiles,
  requestPath,
  type ServedDocument,
  type ViewerServerOptions,
} from './viewer-server.js';
