#!/usr/bin/env node
// Guard the Node version before anything else loads: the dependencies need Node 20.19 or newer.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`mindlines needs Node.js 20.19 or newer; this is ${process.versions.node}.\n`);
  process.exit(1);
}
// The bundle (scripts/bundle.mjs): one file for what every command loads, a chunk for each command's own code.
const { main } = await import('../dist/bundle/cli.js');
await main(process.argv);
