/**
 * Packing work into round trips that stay under the payload budget. Office.js sends a request as JSON
 * (object paths, actions, their arguments); Excel on the web refuses one over 5 MB. The adapters
 * estimate each piece of work in bytes and pack pieces in order, so that no request is over the budget
 * and work that fits goes in one request.
 */

/**
 * Bytes an action costs in an Office.js request besides its own data: the object path it creates
 * ({"Id","ObjectPathType","Name","ParentId","ArgumentInfo"}), its instantiate action, and ids.
 * Measured from Office.js request bodies it is 90–160 bytes; the larger figure is used.
 */
export const OP_BYTES = 160;

/**
 * Splits `items` (in order) into consecutive groups whose summed cost stays within `budget`. An item
 * costing more than the budget on its own gets a group of its own (Excel will say if it is too big).
 * Always at least one group when there are items.
 */
export function packByBytes<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length && bytes + c > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += c;
  }
  if (current.length) groups.push(current);
  return groups;
}
