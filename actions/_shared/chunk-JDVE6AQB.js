import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-SULDF5HI.js";import{B as e}from"./chunk-VEGXXU77.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
