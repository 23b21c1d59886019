import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as e,c as s}from"./chunk-SAMPUO23.js";import{ea as o}from"./chunk-K2K6ANYK.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
