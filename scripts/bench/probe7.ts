import { RULES } from "../../src/core/rules";
import { recognizeWorkbook } from "../../src/core/recognition";
import { occurrences } from "../../src/core/rules/person/occurrences";
import { plansToSnapshot, projectPlans } from "./generate";
const s = plansToSnapshot(projectPlans({ seed: 7, planRows: 10000, indicators: 0, controlPoints: 0 }));
const rec = recognizeWorkbook(s);
const pm: any = RULES.find(r => r.id === "person/position-missing");
for (let i = 0; i < 15; i++) { const t0 = performance.now(); const o = occurrences(rec); const t1 = performance.now(); const h = pm.check(rec); const t2 = performance.now(); console.log("occ", (t1-t0).toFixed(2), o.length, "check", (t2-t1).toFixed(2), h.length); }
const o = occurrences(rec);
console.log(JSON.stringify(o[0].person), JSON.stringify(o[1].person), JSON.stringify(o[0].cell).slice(0, 300));
console.log(new Set(o.map(x => Object.keys(x.person).join(","))));
function test1(all: any[]) { const known = new Set<string>(); for (const o of all) if (o.person.position) known.add(o.person.key); let n = 0; for (const o of all) { if (o.person.position || o.cell.nameOnly || known.has(o.person.key)) continue; n++; } return n; }
function test2(all: any[]) { let n = 0; for (const o of all) if (o.person.position) n++; return n; }
function test3(all: any[]) { let n = 0; for (const o of all) if (o.cell.nameOnly) n++; return n; }
for (let i = 0; i < 10; i++) { let t0 = performance.now(); test1(o); const a = performance.now() - t0; t0 = performance.now(); test2(o); const b = performance.now() - t0; t0 = performance.now(); test3(o); const c = performance.now() - t0; console.log("t1", a.toFixed(2), "t2", b.toFixed(2), "t3", c.toFixed(2)); }
const hasFast = new Function("o", "return %HasFastProperties(o)");
console.log("fast person", hasFast(o[0].person), "fast cell", hasFast(o[0].cell), "fast occ", hasFast(o[0]));
import { parsePeople } from "../../src/core/recognition/people";
const pp = parsePeople("Кузнецова А.В.").persons[0]; console.log("parsePeople person fast", hasFast(pp), JSON.stringify(pp));
const pp2 = parsePeople("Лебедева И.П., директор, т. 31-40-12").persons[0]; console.log("parsePeople person2 fast", hasFast(pp2), JSON.stringify(pp2));
{
  let b2 = Infinity, b3 = Infinity, b4 = Infinity;
  const persons = o.map((x: any) => x.person);
  function test4(ps: any[]) { let n = 0; for (const p of ps) if (p.position) n++; return n; }
  for (let i = 0; i < 200; i++) { let t0 = performance.now(); test2(o); b2 = Math.min(b2, performance.now() - t0); t0 = performance.now(); test3(o); b3 = Math.min(b3, performance.now() - t0); t0 = performance.now(); test4(persons); b4 = Math.min(b4, performance.now() - t0); }
  console.log("min t2", b2.toFixed(3), "t3", b3.toFixed(3), "t4", b4.toFixed(3));
  const hasFast2 = new Function("o", "return %HaveSameMap(o[0], o[1]) && %HaveSameMap(o[0], o[5000])");
  console.log("same map", hasFast2(persons));
}
