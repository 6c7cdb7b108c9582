/**
 * The search worker: MiniSearch over the shards the page hands it (see
 * src/lib/search/worker-api.ts), so indexing and ranking never block the UI.
 * Started and stopped by src/lib/search/search-client.ts.
 */
import { expose } from 'comlink';
import { createSearchWorkerApi } from '../lib/search/worker-api';

expose(createSearchWorkerApi());
