import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{l as r,m as t,n as m}from"./chunk-ZWEGODQN.js";import{W as e}from"./chunk-XTQPO3TK.js";var o=class extends r(t,m,"DescribeTargetHealth",e){};export{o as a};
