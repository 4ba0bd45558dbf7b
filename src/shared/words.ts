/** A count with its noun: "1 brief", "3 briefs", "1,120 citations". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
