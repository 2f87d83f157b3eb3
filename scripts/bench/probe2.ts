import * as fs from "fs";
import { projectWorkbook, rng } from "./generate";
async function main() {
  fs.mkdirSync("/tmp/schools", { recursive: true });
  const r = rng(2024);
  for (let i = 0; i < 200; i++) {
    const wb = projectWorkbook({ seed: 1000 + i, planRows: 30 + Math.floor(r() * 51), indicators: 3 + Math.floor(r() * 6), controlPoints: 4 + Math.floor(r() * 12), mistakes: r() * 0.1, people: 3 + Math.floor(r() * 4) });
    await wb.xlsx.writeFile(`/tmp/schools/Школа №${String(i + 1).padStart(3, "0")}.xlsx`);
  }
}
main();
