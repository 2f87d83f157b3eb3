import { validateWorkbook } from "../../src/core/rules";
import { plansToSnapshot, projectPlans, pastedPlan } from "./generate";
import { collect } from "./common";
const shape = process.argv[2]; const n = Number(process.argv[3]); const k = Number(process.argv[4] ?? 10);
const s = shape === "pasted" ? pastedPlan(n) : plansToSnapshot(projectPlans({ seed: 7, planRows: n, indicators: 0, controlPoints: 0 }));
collect();
const { Session } = require("inspector");
for (let i = 0; i < 5; i++) validateWorkbook(s);
const session = new Session(); session.connect();
session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }, () => {
  for (let i = 0; i < k; i++) validateWorkbook(s);
  session.post("HeapProfiler.stopSampling", (err: any, { profile }: any) => {
    const agg = new Map<string, number>();
    const walk = (node: any) => { const cf = node.callFrame; const key = `${cf.functionName} ${cf.url.split("/").slice(-2).join("/")}:${cf.lineNumber}`; const self = node.selfSize; agg.set(key, (agg.get(key) ?? 0) + self); for (const c of node.children) walk(c); };
    walk(profile.head);
    const total = [...agg.values()].reduce((a, b) => a + b, 0);
    console.log("total MB per run", (total / k / 1e6).toFixed(1));
    [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([key, v]) => console.log((v / k / 1e6).toFixed(2).padStart(7), key));
  });
});
