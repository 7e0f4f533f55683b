/**
 * Pacing the server's output (lsp/clientPacing.ts): after each slice a
 * request the client answers at once, and before the next slice the answer
 * to the previous one; a client that fails the request, or never answers,
 * does not stall the work.
 */
import { strict as assert } from 'node:assert';
import { ClientPacing } from '../../../server/src/lsp/clientPacing';

/** A client whose answers the test gives, one request at a time. */
class FakeClient {
  readonly sent: string[] = [];
  private readonly answers: Array<(fail?: boolean) => void> = [];
  sendRequest(method: string): Promise<unknown> {
    this.sent.push(method);
    return new Promise((resolve, reject) => this.answers.push((fail) => (fail ? reject(new Error('unknown method')) : resolve(null))));
  }
  answer(i: number, fail = false): void {
    this.answers[i](fail);
  }
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
};

describe('lsp/client pacing', () => {
  it('waits, at each mark, for the answer to the mark before it', async () => {
    const client = new FakeClient();
    const pacing = new ClientPacing(client);
    assert.equal(await settled(pacing.mark()), true, 'the first mark waits for nothing');
    const second = pacing.mark();
    assert.deepEqual(client.sent, ['corroborate/flush', 'corroborate/flush']);
    assert.equal(await settled(second), false, 'the second waits for the first answer');
    client.answer(0);
    assert.equal(await settled(second), true);
  });

  it('goes on when the client answers with an error, or not at all', async () => {
    const client = new FakeClient();
    const pacing = new ClientPacing(client, 30);
    await pacing.mark();
    const second = pacing.mark();
    client.answer(0, true);
    assert.equal(await settled(second), true, 'an error is an answer');
    const third = pacing.mark();
    assert.equal(await settled(third), false);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await settled(third), true, 'no answer: going on after the timeout');
  });
});
