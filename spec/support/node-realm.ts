// Jest 29 runs each test file in a fresh vm realm without the Symbol.dispose /
// Symbol.asyncDispose that Node 20 defines on its main realm. Node defines them as
// registered symbols, so the same ones can be installed here (Jest 30 does this itself).
for (const [name, key] of [
  ['dispose', 'nodejs.dispose'],
  ['asyncDispose', 'nodejs.asyncDispose'],
] as const) {
  if (!(name in Symbol)) Object.defineProperty(Symbol, name, { value: Symbol.for(key) });
}
