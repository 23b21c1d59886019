import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-YYJE7J2Y.js";import{B as e}from"./chunk-K2K6ANYK.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
