import { readInput } from './pipeline/01-ingest.ts';
import { processFile } from './pipeline/run.ts';
import path from 'node:path';
for (const file of process.argv.slice(2)) {
  const r = processFile(await readInput(path.dirname(file), path.basename(file)));
  console.log('=== ' + file);
  for (const e of r.extraction!.events) console.log(' E', e.type, e.date?.value.edtf, e.date?.basis, e.placeText, e.name, e.agreement?.name, e.participants.map(p => `${p.actor.name}/${p.role}`).join(', '), e.mentions.map(m => m.start));
  for (const a of r.extraction!.agreements) console.log(' A', a.type, a.name, [...a.parties], a.status, a.signed?.value.edtf);
}
