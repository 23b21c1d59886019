import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{da as o,ha as r,ia as e,ja as s}from"./chunk-344Y4TW4.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
