import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{Z as n}from"./chunk-75P2LJTI.js";import{o,v as m}from"./chunk-PWPQP2ES.js";var s=o(n,"AmazonSSM","SSMClient",m),d={},f=(t,r,e,i)=>[];export{s as a,d as b,f as c};
