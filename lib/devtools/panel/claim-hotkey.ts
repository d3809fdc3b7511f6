import { matchesHotkey, type Hotkey } from './hotkey.js';

interface Claim {
  readonly hotkey: Hotkey;
  readonly onPress: () => void;
}

// The page's panels with a hotkey, oldest first: a press goes to the newest one it
// matches, so two runtimes' panels on the default Alt+Shift+D no longer both toggle.
// One page-wide listener serves them all, there only while a claim is held.
const claims: Claim[] = [];

const onKey = (event: KeyboardEvent): void => {
  // newest first (findLast is ES2023, past the build's target)
  for (let i = claims.length - 1; i >= 0; i--) {
    if (!matchesHotkey(event, claims[i]!.hotkey)) continue;
    event.preventDefault();
    return claims[i]!.onPress();
  }
};

/**
 * Calls `onPress` when `hotkey` is pressed anywhere in the page, unless a later claim
 * matches the same press: only the most recent claim answers, and releasing it hands the
 * hotkey back to the one before. Returns the release (the page-wide listener goes with
 * the last claim; releasing twice does nothing).
 *
 * @example
 * ```ts
 * const release = claimHotkey(parseHotkey('Alt+Shift+D') as Hotkey, () => panel.toggle());
 * release();
 * ```
 */
export function claimHotkey(hotkey: Hotkey, onPress: () => void): () => void {
  const claim: Claim = { hotkey, onPress };
  if (claims.push(claim) === 1) window.addEventListener('keydown', onKey);
  return () => {
    const at = claims.indexOf(claim);
    if (at < 0) return;
    claims.splice(at, 1);
    if (claims.length === 0) window.removeEventListener('keydown', onKey);
  };
}
