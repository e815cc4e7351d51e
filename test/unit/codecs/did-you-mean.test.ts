import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/codecs/did-you-mean.js';

const COMMANDS = ['init', 'new', 'list', 'show', 'search', 'quick', 'reflect', 'delete', 'config', 'completion', 'history'];

describe('did you mean', () => {
  it('counts a swapped pair of letters as one slip', () => {
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the command a typo was meant to be', () => {
    expect(didYouMean('lsit', COMMANDS)).toBe('list');
    expect(didYouMean('serach', COMMANDS)).toBe('search');
    expect(didYouMean('LIST', ['lst', 'list'])).toBeUndefined(); // the same word is no slip
    expect(didYouMean('comp', COMMANDS)).toBe('completion'); // the start of exactly one
    expect(didYouMean('hist', COMMANDS)).toBe('history'); // …even when another is one slip away ('list')
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(didYouMean('xyzzy', COMMANDS)).toBeUndefined();
    expect(didYouMean('s', COMMANDS)).toBeUndefined();
  });

  it('suggests answer keys of a template', () => {
    expect(didYouMean('lerning', ['experience', 'learning', 'change'])).toBe('learning');
    expect(didYouMean('tgas', ['title', 'tags'])).toBe('tags');
  });
});
