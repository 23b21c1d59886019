// The SDK warns once per process that Node 20 support ends in 2027 (9 lines on every run). The
// actions run on node24; operators are told about Node versions by `engines`, not by each command.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { runCli } = await import('./main.js');
await runCli(process.argv.slice(2));
