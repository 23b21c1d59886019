import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-2SNTSYJH.js";import{B as e}from"./chunk-75P2LJTI.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
