import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as e,c as s}from"./chunk-Q3ZHRUJ5.js";import{ea as o}from"./chunk-75P2LJTI.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
