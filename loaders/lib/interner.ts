/** Maps distinct strings to dense integers 0, 1, 2 … in order of first appearance. */
export class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  /** The integer of `value`, assigning the next one when it is new. */
  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.index.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The integer of `value`, or -1 when it was never seen. */
  find(value: string): number {
    return this.index.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}
