/**
 * One process of recognize-ab.ts: argv the first and the second bundle of recognisers, the text's file, the
 * glossary's file and the calls. Prints the median per-call CPU ratio first ÷ second and each one's median in ms.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median } from './stats';

type Recognizers = typeof import('./recognizers');
const [firstPath, secondPath, textFile, glossaryFile, callsArg] = process.argv.slice(2);
const text = readFileSync(textFile!, 'utf8');
const glossary = JSON.parse(readFileSync(glossaryFile!, 'utf8')) as Parameters<
  Recognizers['buildTermIndex']
>[0];
// The query keeps the two modules apart should both paths be the same bundle.
const modules = [
  (await import(pathToFileURL(firstPath!).href)) as Recognizers,
  (await import(`${pathToFileURL(secondPath!).href}?second`)) as Recognizers,
];
const indexes = modules.map((m) => m.buildTermIndex(glossary));
const call = (i: number) => modules[i]!.recognize(indexes[i]!, text);
if (call(0).length !== call(1).length) throw new Error('the two recognisers find different numbers of spans');
for (let w = 0; w < 10; w++) [0, 1].forEach(call);
const cpu: number[][] = [[], []];
for (let r = 0; r < Number(callsArg); r++)
  for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const c0 = process.cpuUsage();
    call(i);
    const { user, system } = process.cpuUsage(c0);
    cpu[i]!.push((user + system) / 1000);
  }
const ratios = cpu[0]!.map((ms, k) => ms / cpu[1]![k]!);
process.stdout.write(
  JSON.stringify({ ratio: median(ratios), first: median(cpu[0]!), second: median(cpu[1]!) }),
);
