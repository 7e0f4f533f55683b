/**
 * Time slices (lsp/yieldToEventLoop.ts): between two slices of long work, a
 * request read meanwhile is answered, not only started. vscode-jsonrpc takes
 * two turns of the event loop for it (an immediate that handles the message,
 * another that writes the answer), queued behind the slice's own yield.
 */
import { strict as assert } from 'node:assert';
import { TimeSlices } from '../../../server/src/lsp/yieldToEventLoop';

describe('lsp/time slices', () => {
  it('lets a request read during a slice be handled and its answer written before the next slice', async () => {
    const slices = new TimeSlices(0);
    let answered = false;
    const pause = slices.next();
    // Read in the poll phase after the slice yielded: its immediates come after the slice's.
    setImmediate(() => setImmediate(() => (answered = true)));
    await pause;
    assert.equal(answered, true, 'the answer was written before the work went on');
  });

  it('says when a slice has run its time', async () => {
    const slices = new TimeSlices(5);
    assert.equal(slices.due, false);
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(slices.due, true);
    await slices.next();
    assert.equal(slices.due, false);
  });
});
