import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-A4AE4FZB.js";import{B as e}from"./chunk-442G2BOL.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
