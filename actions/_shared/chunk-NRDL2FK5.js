import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as e,c as s}from"./chunk-J2Z7FU2W.js";import{ea as o}from"./chunk-442G2BOL.js";var m=class extends r(e,s,"ListTagsForResource",o){};export{m as a};
