import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{l as r,m as t,n as m}from"./chunk-U5IMH2DW.js";import{W as e}from"./chunk-UPCX7LBC.js";var o=class extends r(t,m,"DescribeTargetHealth",e){};export{o as a};
