// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { heightMessage } from './post-height';

const SOURCE = fs.readFileSync(path.join(import.meta.dirname, 'embed-host.js'), 'utf8');

function addFrame(src: string, marked = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.height = '300';
  if (marked) frame.setAttribute('data-parley', '');
  document.body.append(frame);
  return frame;
}

function post(data: unknown, from: HTMLIFrameElement | null, origin: string) {
  window.dispatchEvent(
    new MessageEvent('message', { data, origin, source: from?.contentWindow ?? null }),
  );
}

describe('embed.js on a host page', () => {
  let early: HTMLIFrameElement;
  let requests: unknown[];

  beforeAll(() => {
    // A frame already on the page when the script runs is asked for its height.
    early = addFrame('https://parley.example/app/?embed=1');
    requests = [];
    vi.spyOn(early.contentWindow!, 'postMessage').mockImplementation((m: unknown) => {
      requests.push(m);
    });
    // Runs the script as a page would (a classic script in the page's global scope).
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function(SOURCE) as () => void;
    run();
    run(); // included twice: still one listener
  });

  afterEach(() => {
    document.body.replaceChildren(early);
  });

  it('asks the frames already there for their height', () => {
    expect(requests).toEqual([{ type: 'parley:request-height', version: 1 }]);
    expect(window).toHaveProperty('ParleyEmbed.version', 1);
  });

  it('sets the height of the frame that sent the message, and of no other', () => {
    const a = addFrame('https://parley.example/app/?embed=1&event=a');
    const b = addFrame('https://parley.example/app/?embed=1&event=b');
    post(heightMessage(812.4, null), b, 'https://parley.example');
    expect(b.style.height).toBe('813px');
    expect(a.style.height).toBe('');
    post(heightMessage(640, 'parley-a'), a, 'https://parley.example');
    expect(a.style.height).toBe('640px');
  });

  it('finds frames added after it loaded, and resolves relative sources', () => {
    const frame = addFrame('/app/?embed=1');
    post(heightMessage(500, null), frame, window.location.origin);
    expect(frame.style.height).toBe('500px');
  });

  it('ignores a message from another origin than the frame shows', () => {
    const frame = addFrame('https://parley.example/app/?embed=1');
    post(heightMessage(700, null), frame, 'https://evil.example');
    post(heightMessage(700, null), frame, 'http://parley.example');
    expect(frame.style.height).toBe('');
  });

  it('treats the default port as no port', () => {
    const frame = addFrame('https://parley.example:443/app/?embed=1');
    post(heightMessage(700, null), frame, 'https://parley.example');
    expect(frame.style.height).toBe('700px');
  });

  it('ignores frames not marked data-parley and messages of another shape', () => {
    const unmarked = addFrame('https://parley.example/app/?embed=1', false);
    post(heightMessage(700, null), unmarked, 'https://parley.example');
    expect(unmarked.style.height).toBe('');
    const frame = addFrame('https://parley.example/app/?embed=1');
    for (const data of [
      { type: 'parley:height', version: 2, height: 700 },
      { type: 'parley:height', version: 1, height: '700' },
      { type: 'parley:height', version: 1, height: -1 },
      { type: 'parley:height', version: 1, height: NaN },
      { type: 'parley:height', version: 1, height: Infinity },
      { type: 'other', version: 1, height: 700 },
      'parley:height',
      null,
    ]) {
      post(data, frame, 'https://parley.example');
    }
    expect(frame.style.height).toBe('');
  });

  it('clamps heights to 80–20,000 px, so a frame can neither vanish nor swamp the page', () => {
    const frame = addFrame('https://parley.example/app/?embed=1');
    const heights: string[] = [];
    for (const h of [0, 79.5, 80, 20000, 20000.5, 1e9]) {
      post(heightMessage(h, null), frame, 'https://parley.example');
      heights.push(frame.style.height);
    }
    expect(heights).toEqual(['80px', '80px', '80px', '20000px', '20000px', '20000px']);
  });
});

describe('embed.js and DOM clobbering', () => {
  it('runs although an element with id="ParleyEmbed" makes window.ParleyEmbed truthy', () => {
    const saved = (window as { ParleyEmbed?: unknown }).ParleyEmbed;
    delete (window as { ParleyEmbed?: unknown }).ParleyEmbed;
    const clobber = document.createElement('form');
    clobber.id = 'ParleyEmbed';
    clobber.innerHTML = '<input name="version" value="1">';
    document.body.append(clobber);
    // What a browser does for a named element (jsdom does not expose ids on window).
    Object.defineProperty(window, 'ParleyEmbed', {
      value: clobber,
      configurable: true,
      writable: true,
    });
    const listen = vi.spyOn(window, 'addEventListener');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function(SOURCE)();
    expect(listen).toHaveBeenCalledWith('message', expect.any(Function), false);
    expect(window).toHaveProperty('ParleyEmbed.version', 1);
    listen.mockRestore();
    clobber.remove();
    (window as { ParleyEmbed?: unknown }).ParleyEmbed = saved;
  });
});
