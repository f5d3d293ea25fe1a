import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { notifyPanel, onMessages, sendToBackground } from '@/utils/messages/transport';

type Echo = { echo: [{ text: string }, string]; secret: [Record<string, never>, 'ok'] };
const parsers = {
  echo: (v: unknown) =>
    typeof (v as { text?: unknown })?.text === 'string' ? { text: (v as { text: string }).text } : null,
  secret: () => ({}),
};
const page = {
  id: fakeBrowser.runtime.id,
  url: 'https://example.org/',
  tab: { id: 1 },
} as Browser.runtime.MessageSender;

/** Delivers a message as the browser would and resolves with what the listener sent back. */
async function deliver(message: unknown, sender = page): Promise<unknown> {
  let reply: unknown = 'no reply';
  const sendResponse = vi.fn((r: unknown) => (reply = r));
  await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return reply;
}

beforeEach(() => fakeBrowser.reset());

describe('onMessages', () => {
  it('passes the parsed request to its handler and answers with the value', async () => {
    const echo = vi.fn(({ text }: { text: string }) => text.toUpperCase());
    onMessages<Echo>(parsers, { echo, secret: () => 'ok' });
    expect(await deliver({ immunolens: 'echo', data: { text: 'il-12', extra: 1 } })).toEqual({
      value: 'IL-12',
    });
    expect(echo).toHaveBeenCalledWith({ text: 'il-12' }, page);
  });

  it('answers a message that does not parse with an error, without calling the handler', async () => {
    const echo = vi.fn(() => 'x');
    onMessages<Echo>(parsers, { echo, secret: () => 'ok' });
    expect(await deliver({ immunolens: 'echo', data: { text: 5 } })).toEqual({
      error: 'ImmunoLens: refused a malformed echo message',
    });
    expect(echo).not.toHaveBeenCalled();
  });

  it('answers a handler’s failure with its error', async () => {
    onMessages<Echo>(parsers, {
      echo: () => Promise.reject(new Error('index not built')),
      secret: () => 'ok',
    });
    expect(await deliver({ immunolens: 'echo', data: { text: '' } })).toEqual({
      error: 'Error: index not built',
    });
  });

  it('leaves messages that are not its own to other listeners', async () => {
    onMessages<Echo>(parsers, { echo: () => '', secret: () => 'ok' });
    const sendResponse = vi.fn();
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { immunolens: 'toString', data: {} },
      page,
      sendResponse,
    );
    const others = await fakeBrowser.runtime.onMessage.trigger({ type: 'echo' }, page, sendResponse);
    expect([...results, ...others]).toEqual([false, false]);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('accepts extension-only messages from the extension’s pages and refuses them from content scripts', async () => {
    onMessages<Echo>(parsers, { echo: () => '', secret: () => 'ok' }, { extensionOnly: ['secret'] });
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliver({ immunolens: 'secret', data: {} }, popup)).toEqual({ value: 'ok' });
    expect(await deliver({ immunolens: 'secret', data: {} }, page)).toMatchObject({
      error: expect.any(String),
    });
  });

  it('keeps quiet about a request its `answers` check turns down, and answers the others', async () => {
    const echo = vi.fn(({ text }: { text: string }) => text);
    onMessages<Echo>(parsers, { echo, secret: () => 'ok' }, { answers: { echo: ({ text }) => text !== '' } });
    const sendResponse = vi.fn();
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { immunolens: 'echo', data: { text: '' } },
      page,
      sendResponse,
    );
    expect(results).toEqual([false]);
    expect(echo).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(await deliver({ immunolens: 'echo', data: { text: 'IL-12' } })).toEqual({ value: 'IL-12' });
  });

  it('throws when one context registers twice', () => {
    onMessages<Echo>(parsers, { echo: () => '', secret: () => 'ok' });
    expect(() => onMessages<Echo>(parsers, { echo: () => '', secret: () => 'ok' })).toThrow(/twice/);
  });
});

describe('sendToBackground', () => {
  it('resolves with the value and rejects with the error of the reply, or when nothing answers', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage') as unknown as {
      mockResolvedValueOnce(value: unknown): void;
    };
    send.mockResolvedValueOnce({ value: 'opened' });
    await expect(sendToBackground('openFullView', { target: { kind: 'query', text: 'x' } })).resolves.toBe(
      'opened',
    );
    send.mockResolvedValueOnce({ error: 'refused' });
    await expect(sendToBackground('openFullView', { target: { kind: 'query', text: 'x' } })).rejects.toThrow(
      'refused',
    );
    send.mockResolvedValueOnce(undefined);
    await expect(sendToBackground('openFullView', { target: { kind: 'query', text: 'x' } })).rejects.toThrow(
      /no answer/,
    );
  });
});

describe('notifyPanel', () => {
  it('sends the envelope to the extension’s pages and stays quiet when no panel is open to answer', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage') as unknown as {
      mockRejectedValueOnce(error: unknown): void;
      mock: { calls: unknown[][] };
    };
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(notifyPanel('frameHere', {})).toBeUndefined();
    expect(send.mock.calls.at(-1)).toEqual([{ immunolens: 'frameHere', data: {} }]);
    // The rejection is caught: nothing is left unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
