import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as p,b as r,c as t}from"./chunk-UCAOIX3F.js";import{k as o}from"./chunk-75P2LJTI.js";var e=class extends p(r,t,"UpdateAutoScalingGroup",o){};export{e as a};
