/** commands.html: the ribbon commands alone (for hosts that load the function file separately). */
import { registerCommands } from "./register";
import { officeHost } from "./officeHost";

Office.onReady(() => registerCommands(officeHost));
