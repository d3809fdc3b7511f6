import { RemoteTaskError, TaskTimeoutError, UnknownRemoteFunctionError } from '../../lib/errors';
import { decodeFailure, encodeFailure } from '../../lib/remote/failure-reason';

/** What the main side's task fails with when the worker's function threw `thrown`. */
const roundTrip = (thrown: unknown) => decodeFailure(encodeFailure(thrown), 't1');

describe('failure reasons: an error thrown on the worker, as the task on the main side fails with it', () => {
  it('keeps the name and code of a named error', () => {
    const thrown = Object.assign(new Error('bad input'), { name: 'ValidationError', code: 'E_TEST' });
    expect(roundTrip(thrown)).toMatchObject({
      message: 'bad input',
      remoteName: 'ValidationError',
      remoteCode: 'E_TEST',
    });
  });

  it('keeps the name of an error without a code (a TypeError)', () => {
    const error = roundTrip(new TypeError('x.y is not a function'));
    expect(error).toBeInstanceOf(RemoteTaskError);
    expect(error).toMatchObject({ message: 'x.y is not a function', remoteName: 'TypeError' });
  });

  it("keeps a code that is not upper-case (a library's own)", () => {
    const thrown = Object.assign(new Error('no such user'), { name: 'AuthError', code: 'auth/user-not-found' });
    expect(roundTrip(thrown)).toMatchObject({
      message: 'no such user',
      remoteName: 'AuthError',
      remoteCode: 'auth/user-not-found',
    });
  });

  it('keeps a message that looks like an encoded reason, or has separators, line breaks, or a megabyte', () => {
    const messages = ['Config [E_KEY]: bad key', 'a: b: c', 'line 1\nline 2 [X]: y', 'x'.repeat(1_000_000), ''];
    for (const message of messages) {
      const error = roundTrip(new Error(message));
      expect(error).toBeInstanceOf(RemoteTaskError);
      expect(error.message).toBe(message);
    }
  });

  it('turns throws of non-errors into a message', () => {
    expect(roundTrip('boom').message).toBe('boom');
    expect(roundTrip(null).message).toBe('null');
    expect(roundTrip(undefined).message).toBe('undefined');
    expect(roundTrip(42).message).toBe('42');
    expect(roundTrip({ message: 7 })).toBeInstanceOf(RemoteTaskError);
  });

  it('restores frametasks errors as themselves', () => {
    expect(roundTrip(new UnknownRemoteFunctionError('no function "x"'))).toBeInstanceOf(UnknownRemoteFunctionError);
    const timeout = roundTrip(new TaskTimeoutError('j1', 2_500));
    expect(timeout).toBeInstanceOf(TaskTimeoutError);
    expect(timeout).toMatchObject({ taskId: 't1', timeoutMs: 2_500 });
  });

  it("reads reasons other workers wrote (BullMQ's own, a plain message)", () => {
    expect(decodeFailure('boom', 't1')).toMatchObject({ message: 'boom', remoteName: undefined });
    expect(decodeFailure('job stalled more than allowable limit', 't1').name).toBe('RemoteStalledError');
  });

  it("a user error that only quotes BullMQ's stalled text stays the user's error", () => {
    const quoted = roundTrip(new RangeError('upstream said: job stalled more than allowable limit'));
    expect(quoted).toBeInstanceOf(RemoteTaskError);
    expect(quoted).toMatchObject({ remoteName: 'RangeError' });
    expect(decodeFailure('see: job stalled more than allowable limit', 't1')).toBeInstanceOf(RemoteTaskError);
  });
});
