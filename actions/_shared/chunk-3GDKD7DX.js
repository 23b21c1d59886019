import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{ea as o,ia as r,ja as e,ka as s}from"./chunk-SRCGUYCP.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
