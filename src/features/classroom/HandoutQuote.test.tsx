import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeSource } from '../../../tests/helpers/builders';
import type { ActorId, Quote, SourceId } from '../../domain/types';
import { HandoutQuote } from './HandoutQuote';

const dataset = makeDataset({
  actors: [
    makeActor({
      id: 'spokesman',
      name: 'Ivan Example',
      translations: { ru: { name: 'Иван Пример' } },
    }),
  ],
  sources: [
    makeSource({ id: 'en-src', publisher: 'Agency' }),
    makeSource({ id: 'ru-src', publisher: 'Газета', url: 'https://example.org/ru' }),
  ],
});

const quote: Quote = {
  text: 'A test sentence.',
  speaker: 'spokesman' as ActorId,
  source: 'en-src' as SourceId,
  original: {
    lang: 'ru',
    text: 'Проверочная фраза.',
    source: 'ru-src' as SourceId,
  },
};

const render = (lang: string) =>
  renderWithStore(<HandoutQuote quote={quote} dataset={dataset} />, {
    dataset,
    initial: { lang },
  });

describe('HandoutQuote', () => {
  it('prints the English alone, with no button, for a reader of English', () => {
    const { container } = render('en');
    expect(container.querySelectorAll('blockquote')).toHaveLength(1);
    expect(screen.queryByText(/Проверочная/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('figcaption')).toHaveTextContent('— Ivan Example · Agency');
  });

  it('prints the original first for a reader of its language, the speaker in it', () => {
    const { container } = render('ru');
    const [original, english] = container.querySelectorAll('blockquote');
    expect(original).toHaveAttribute('lang', 'ru');
    expect(original).toHaveTextContent('Проверочная фраза.');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveTextContent('A test sentence.');
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('figcaption')).toHaveTextContent(/— Иван Пример · Agency/);
    expect(container.querySelector('figcaption')).toHaveTextContent('Газета');
  });

  it('keeps the original out for a reader of another language', () => {
    const { container } = render('zh');
    expect(container.querySelectorAll('blockquote')).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
