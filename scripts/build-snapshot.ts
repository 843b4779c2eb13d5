// Builds the startup snapshot that single-text analyses start from (src/cli/snapshot.ts). Run by `npm run build`.

import { buildSnapshot } from '../src/cli/snapshot.js';

// Silent when it works (`npm start` builds first, and its output is the report's).
try {
  await buildSnapshot();
} catch (error) {
  // Not fatal: without a snapshot every command runs in its own process, only slower.
  console.error(`warning: ${(error as Error).message}; commands will run without it`);
}
