// Child programs for the example and its test: plain `node -e` scripts.

/** Prints `count` numbered lines, one every `everyMs`, then exits with `exitCode`. */
export function countingScript(count: number, everyMs: number, exitCode = 0): string {
  return `let i = 0;
const t = setInterval(() => {
  console.log('line ' + ++i);
  if (i === ${count}) { clearInterval(t); process.exitCode = ${exitCode}; }
}, ${everyMs});`;
}

/** Prints its pid, then a line every `everyMs` forever: only a kill stops it. */
export function foreverScript(everyMs: number): string {
  return `console.log('pid ' + process.pid);
let i = 0;
setInterval(() => console.log('tick ' + ++i), ${everyMs});`;
}
