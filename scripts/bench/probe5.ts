import { validateWorkbook } from "../../src/core/rules";
import { plansToSnapshot, projectPlans, pastedPlan } from "./generate";
import { collect, median } from "./common";
const shape = process.argv[2]; const n = Number(process.argv[3]); const k = Number(process.argv[4] ?? 15);
const s = shape === "pasted" ? pastedPlan(n) : plansToSnapshot(projectPlans({ seed: 7, planRows: n, indicators: 0, controlPoints: 0 }));
for (let i = 0; i < 5; i++) validateWorkbook(s);
const cpu: number[] = [], wall: number[] = [];
for (let i = 0; i < k; i++) { collect(); const c0 = process.cpuUsage(); const t0 = performance.now(); validateWorkbook(s); wall.push(performance.now() - t0); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000); }
console.log(shape, n, "cpu", median(cpu).toFixed(1), "wall", median(wall).toFixed(1), "min wall", Math.min(...wall).toFixed(1));
