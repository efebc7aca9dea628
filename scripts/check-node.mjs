// First step of `npm test`: says which Node runs the suite, and stops at once on one older than
// package.json's engines (the suite would fail later, less clearly). Plain JS: it must run on old Node.
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const major = Number(/\d+/.exec(wanted)[0]);
const have = Number(process.versions.node.split('.')[0]);
console.log(`Node ${process.version} (${process.execPath})`);
if (have < major) {
  console.error(`This project needs Node ${wanted}; run \`source scripts/use-node.sh\` or install Node ${major}.`);
  process.exit(1);
}
