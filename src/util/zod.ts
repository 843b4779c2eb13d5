// zod, loaded on the first validation: a normal run reads only lexicons the build has already checked, so it never pays for loading zod.

import { createRequire } from 'node:module';
import type { z } from 'zod';

type Zod = typeof z;
const require = createRequire(import.meta.url);
let loaded: Zod | undefined;

/** The zod namespace, required on first use. */
function zod(): Zod {
  loaded ??= (require('zod') as { z: Zod }).z;
  return loaded;
}

/** Schemas built with zod on first use, then kept: `const schemas = lazySchemas((z) => ({ …: z.object(…) }))`. */
export function lazySchemas<T>(build: (z: Zod) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod()));
}
