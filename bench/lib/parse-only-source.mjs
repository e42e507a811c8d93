// Worker entry under tsx, as parse-worker-source.mjs is for the real parser.
import { register } from 'tsx/esm/api';

register();
await import('./parse-only.ts');
