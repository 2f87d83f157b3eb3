/** The command line in-process, its output captured (as test/cli does). */
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

export async function runCli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: CliIO & { stdout: string; stderr: string } = {
    stdout: "",
    stderr: "",
    isTTY: false,
    cwd,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}
