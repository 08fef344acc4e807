import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeSource } from '../../tests/helpers/builders';
import type { ActorId, Quote, SourceId } from '../domain/types';
import { QuoteBlock } from './QuoteBlock';

const dataset = makeDataset({
  actors: [
    makeActor({
      id: 'wang-wenbin',
      name: 'Wang Wenbin',
      translations: { zh: { name: '汪文斌' } },
    }),
  ],
  sources: [
    makeSource({ id: 'en-src', publisher: 'Ministry (English)' }),
    makeSource({ id: 'zh-src', publisher: '外交部', url: 'https://example.org/zh' }),
  ],
});

const quote: Quote = {
  text: 'Dialogue and negotiation are the only way out.',
  speaker: 'wang-wenbin' as ActorId,
  source: 'en-src' as SourceId,
  original: { lang: 'zh-Hans', text: '对话谈判是唯一出路。', source: 'zh-src' as SourceId },
};

describe('QuoteBlock with an original', () => {
  it('shows a Chinese original first to a reader of Chinese, the English after it', () => {
    const { container } = renderWithStore(<QuoteBlock quote={quote} dataset={dataset} />, {
      dataset,
      initial: { lang: 'zh' },
    });
    const [original, english] = container.querySelectorAll('blockquote');
    expect(original).toHaveAttribute('lang', 'zh-Hans');
    expect(original).toHaveTextContent('对话谈判是唯一出路。');
    expect(english).toHaveAttribute('lang', 'en');
    expect(screen.getByText('原文（中文）')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '原文出处：外交部' })).toHaveAttribute(
      'href',
      'https://example.org/zh',
    );
    expect(screen.getByText(/— 汪文斌/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the original behind a toggle for other readers', async () => {
    const { user } = renderWithStore(<QuoteBlock quote={quote} dataset={dataset} />, {
      dataset,
      initial: { lang: 'ru' },
    });
    expect(screen.queryByText('对话谈判是唯一出路。')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Показать оригинал (китайский)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByText('对话谈判是唯一出路。').closest('blockquote')).toHaveAttribute(
      'lang',
      'zh-Hans',
    );
    expect(screen.getByRole('button', { name: /Скрыть оригинал/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
