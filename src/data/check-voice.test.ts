import { describe, expect, it } from 'vitest';
import { ownVoiceJudgements } from './check-voice';

describe('ownVoiceJudgements', () => {
  it.each([
    ["Russia's unfounded claims were rejected.", ['unfounded']],
    ["Russia's claims, which the US called unfounded, were rejected.", []],
    ['The Kremlin called the move outrageous and legally void.', []],
    ['Wang Wenbin said the claim was false. The brutal shelling went on.', ['brutal']],
    ['According to Kyiv, the referendums were a sham; the vote was held.', []],
    ['The referendums were a sham; Kyiv said so.', ['sham']],
    ['He warned against "absurd and baseless" accusations.', []],
    ["Yang opposed 'false information' distorting China's position.", []],
    ["It rejected the 'heroic' label and the shameful deal.", ['shameful']],
    ['Moscow rejected the warrants as outrageous and legally void.', []],
    ['A heroic, brave defence.', ['heroic', 'brave']],
    ['A falsehood is not the word false in its own right? No: falsehood passes.', ['false']],
    ['The envoy visited Kyiv.', []],
  ])('%s', (text, expected) => {
    expect(ownVoiceJudgements(text)).toEqual(expected);
  });
});
