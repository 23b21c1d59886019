import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as e,c as s}from"./chunk-HHQBPZOZ.js";import{ea as o}from"./chunk-VEGXXU77.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
