import { validateWorkbook } from "../../src/core/rules";
import { plansToSnapshot, projectPlans, pastedPlan } from "./generate";
import { collect } from "./common";
const shape = process.argv[2]; const n = Number(process.argv[3]); const k = Number(process.argv[4] ?? 30);
const s = shape === "pasted" ? pastedPlan(n) : plansToSnapshot(projectPlans({ seed: 7, planRows: n, indicators: 0, controlPoints: 0 }));
collect();
const { Session } = require("inspector");
for (let i = 0; i < 5; i++) validateWorkbook(s);
const session = new Session(); session.connect();
session.post("Profiler.enable", () => session.post("Profiler.start", () => {
  for (let i = 0; i < k; i++) { collect(); validateWorkbook(s); }
  session.post("Profiler.stop", (err: any, { profile }: any) => { require("fs").writeFileSync(`/tmp/${shape}-${n}.cpuprofile`, JSON.stringify(profile)); });
}));
