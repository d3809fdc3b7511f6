/** A tiny game state: a ball bouncing between two walls, moved once per tick. */
export interface World {
  x: number;
  velocity: number;
  readonly width: number;
}

/** Creates a world with the ball at the left wall. */
export function createWorld(width = 100, velocity = 3): World {
  return { x: 0, velocity, width };
}

/** One fixed step of the simulation (the part of a frame the game itself owns). */
export function update(world: World): void {
  world.x += world.velocity;
  if (world.x < 0 || world.x > world.width) {
    world.velocity = -world.velocity;
    world.x = Math.min(Math.max(world.x, 0), world.width);
  }
}
