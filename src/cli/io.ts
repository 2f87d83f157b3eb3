/** Where the command line writes: injectable so tests run main() in-process and read what it printed. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** true when standard error is a terminal (progress bars go there) */
  isTTY: boolean;
  cwd: string;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

/** Exit codes: the contract people script against. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;

/** A usage or input problem reported as one line, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.USAGE,
  ) {
    super(message);
    this.name = "CliError";
  }
}
