/**
 * The size of a request as Office.js would send it. Office.js does not send the fake's compact queue: it
 * sends {"Actions":[…],"ObjectPaths":{…}}, where every new object has an object path (its parent, the
 * method or property that makes it, the arguments) and an Instantiate action, and every property set,
 * method call and load is an action of its own (see RequestContext in office.js: ActionType, ObjectPathType).
 * The fake measures that shape, so that its 5 MB cap bites where Excel on the web's would.
 */
import { utf8Length } from "./a1";

type Op = { i: number; p?: number; m?: string; set?: string; v?: unknown; call?: string; a?: unknown[]; load?: string[] };

/** "getCell(2, 3)" → ["getCell", "[2, 3]"]; "format" → ["format", null] */
function splitDescription(m: string): [string, string | null] {
  const open = m.indexOf("(");
  if (open < 0 || !m.endsWith(")")) return [m, null];
  return [m.slice(0, open), `[${m.slice(open + 1, -1)}]`];
}

/** UTF-8 bytes of the request body Office.js would send for these queued operations. */
export function officeRequestBytes(ops: readonly { json: unknown }[]): number {
  // summed piece by piece: no request-sized string is built
  let bytes = utf8Length(`{"Actions":[],"ObjectPaths":{}}`);
  let actions = 0;
  let paths = 0;
  const action = (text: string) => void (bytes += utf8Length(text) + (actions++ ? 1 : 0));
  const path = (text: string) => void (bytes += utf8Length(text) + (paths++ ? 1 : 0));
  let id = 1_000; // Office.js numbers actions and paths from 1 in a context; mid-session ids have 3–5 digits
  for (const { json } of ops) {
    const op = json as Op;
    if (!op || typeof op !== "object" || typeof op.i !== "number") {
      action(JSON.stringify(json) ?? "null");
      continue;
    }
    if (op.m !== undefined) {
      const [name, args] = splitDescription(op.m);
      const type = args === null ? 4 : 3; // property / method object path
      path(`"${op.i}":{"Id":${op.i},"ObjectPathType":${type},"Name":${JSON.stringify(name)},"ParentId":${op.p ?? 0}${args === null ? "" : `,"ArgumentInfo":{"Arguments":${args}}`}}`);
      action(`{"Id":${id++},"ActionType":1,"Name":"","ObjectPathId":${op.i}}`);
    } else if (op.set !== undefined) {
      action(`{"Id":${id++},"ActionType":4,"Name":${JSON.stringify(op.set)},"ObjectPathId":${op.i},"ArgumentInfo":{"Arguments":[${JSON.stringify(op.v) ?? "null"}]}}`);
    } else if (op.call !== undefined) {
      action(`{"Id":${id++},"ActionType":3,"Name":${JSON.stringify(op.call)},"ObjectPathId":${op.i},"ArgumentInfo":{"Arguments":${JSON.stringify(op.a ?? [])}}}`);
    } else if (op.load !== undefined) {
      action(`{"Id":${id++},"ActionType":2,"Name":"","ObjectPathId":${op.i},"QueryInfo":{"Select":${JSON.stringify(op.load)},"Expand":[],"Skip":null,"Top":null}}`);
    } else action(JSON.stringify(json));
  }
  return bytes;
}
