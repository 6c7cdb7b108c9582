import { describe, expect, it } from 'vitest';
import { createBackStack } from './back-stack';

describe('the kiosk back stack', () => {
  it('going back to the list returns where it was read and which site was touched', () => {
    const stack = createBackStack('/');
    stack.arrive('/disaster?hazard=tsunami');
    stack.mark(1240, '/disaster/sites/7?hazard=tsunami');
    stack.arrive('/disaster/sites/7?hazard=tsunami');
    expect(stack.target()).toBe('/disaster?hazard=tsunami');
    expect(stack.arrive('/disaster?hazard=tsunami')).toEqual({ url: '/disaster?hazard=tsunami', scrollY: 1240, link: '/disaster/sites/7?hazard=tsunami' });
    expect(stack.target()).toBe('/');
  });

  it('a new screen is not a step back, and its place starts at the top', () => {
    const stack = createBackStack('/');
    expect(stack.arrive('/guides')).toBeUndefined();
    stack.mark(500, '/guides/a');
    expect(stack.arrive('/guides/a')).toBeUndefined();
    expect(stack.arrive('/guides/b')).toBeUndefined();
    expect(stack.arrive('/guides/a')).toEqual({ url: '/guides/a', scrollY: 0 });
  });

  it('home starts over: もどる has nowhere to go from home, and leads home from a first screen', () => {
    const stack = createBackStack('/facilities');
    expect(stack.target()).toBe('/');
    stack.arrive('/facilities/x');
    stack.arrive('/');
    expect(stack.target()).toBeUndefined();
    stack.arrive('/guides');
    expect(stack.target()).toBe('/');
  });

  it('keeps at most the given number of screens', () => {
    const stack = createBackStack('/a', 2);
    for (const url of ['/b', '/c', '/d']) stack.arrive(url);
    expect(stack.arrive('/c')).toBeDefined();
    expect(stack.arrive('/b')).toBeDefined();
    expect(stack.target()).toBe('/');
  });
});
