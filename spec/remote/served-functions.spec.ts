import { servedFunction, servedNames } from '../../lib/remote/worker-side/served-functions';

class Renderer {
  scale = 2;
  render(data: number): number {
    return data * this.scale;
  }
}
class FastRenderer extends Renderer {
  preview(data: number): number {
    return data;
  }
}

describe('the functions a queue serves', () => {
  it('own properties and the methods of a class instance (its prototype chain), called on the instance', () => {
    const fns = new FastRenderer();
    expect(servedFunction(fns, 'render')?.call(fns, 3, undefined as never)).toBe(6);
    expect(servedFunction(fns, 'preview')).toBe(FastRenderer.prototype.preview);
    expect(servedFunction({ search: Math.abs }, 'search')).toBe(Math.abs);
    expect(servedNames(fns).sort()).toEqual(['preview', 'render']);
    expect(servedNames({ search: Math.abs, n: 1 })).toEqual(['search']);
  });

  it('never what every object has, a class constructor, a non-function or a getter’s value', () => {
    const fns = new Renderer();
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'scale', 'missing'])
      expect(servedFunction(fns, name)).toBeUndefined();
    let read = false;
    const withGetter = Object.defineProperty({}, 'lazy', { get: () => ((read = true), () => 1), enumerable: true });
    expect(servedFunction(withGetter, 'lazy')).toBeUndefined();
    expect(read).toBe(false);
    expect(servedFunction(Object.create(null) as object, 'x')).toBeUndefined();
    // an own property shadows a method of the class, as it would for fns[name]
    const shadowed = Object.assign(new Renderer(), { render: 5 });
    expect(servedFunction(shadowed, 'render')).toBeUndefined();
    const accessor = Object.defineProperty(new Renderer(), 'render', { get: () => () => 0 });
    expect(servedFunction(accessor, 'render')).toBeUndefined();
  });
});
