// An error's name is what rows (`error.name`), the table's text and logs show, and what a
// worker or remote job sends back across a process. Minifiers rename classes, so a name
// taken from the class would read "Z" in any app's bundle: bundle lib/errors.ts minified,
// the way an app ships it, and look at the names its errors carry.
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

const root = join(__dirname, '..', '..');

function minifiedErrors(): Record<string, new (...args: unknown[]) => Error> {
  const result = buildSync({
    entryPoints: [join(root, 'lib', 'errors.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    globalName: 'errors',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return runInNewContext(`${code};errors`) as Record<string, new (...args: unknown[]) => Error>;
}

describe('error names in a minified bundle', () => {
  const errors = Object.entries(minifiedErrors()).filter(([name]) => name.endsWith('Error'));

  it('bundles every error class (the check below is not vacuous)', () => {
    expect(errors.map(([name]) => name)).toEqual(
      expect.arrayContaining(['TaskTimeoutError', 'UnknownRemoteFunctionError']),
    );
    expect(errors.length).toBeGreaterThanOrEqual(18);
  });

  it('names every error after its class, whatever the minifier called the class', () => {
    const renamed = errors.filter(([name, Cls]) => Cls.name !== name);
    expect(renamed.length).toBeGreaterThan(0); // the minifier did rename classes
    for (const [name, Cls] of errors) {
      if (name === 'FrametasksError') continue; // the base takes any code
      expect([name, new Cls('x', 'y', 'z').name]).toEqual([name, name]);
    }
  });
});
